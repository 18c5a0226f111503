package uk.send.domain.access;

/** What the sign-in check needs to know about an account, and nothing more. */
public record SignInAccount(long userId, String email, String passwordHash, Role role, boolean enabled, boolean locked) {

    @Override
    public String toString() {
        return "SignInAccount[userId=" + userId + ", role=" + role + "]";
    }
}
