package uk.send.web.security;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.SignInAccount;

/** MockMvc requests made as a real account in the test database, as if it had signed in. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(AccountView account) {
        SendUser user = new SendUser(new SignInAccount(account.id(), account.email(), "", account.role(), true, false));
        return SecurityMockMvcRequestPostProcessors.user(user);
    }
}
