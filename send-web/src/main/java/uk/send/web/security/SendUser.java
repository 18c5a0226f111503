package uk.send.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.send.domain.access.Role;
import uk.send.domain.access.SignInAccount;

/** The signed-in person as Spring Security holds them: an id and a role. Scope is read per request. */
public final class SendUser implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String email;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    SendUser(SignInAccount account) {
        this.userId = account.userId();
        this.email = account.email();
        this.role = account.role();
        this.enabled = account.enabled();
        this.locked = account.locked();
        this.passwordHash = account.passwordHash();
    }

    public long userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SendUser[userId=" + userId + ", role=" + role + "]";
    }
}
