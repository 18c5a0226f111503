package uk.send.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import uk.send.domain.access.AccountService;

/** Looks up accounts for the sign-in form. */
@Service
class SendUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    SendUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.forSignIn(email).map(SendUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
