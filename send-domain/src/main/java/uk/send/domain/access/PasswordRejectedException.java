package uk.send.domain.access;

import java.util.List;

/** A new password failed the password policy; the problems say why. */
public class PasswordRejectedException extends RuntimeException {

    private final transient List<PasswordProblem> problems;

    public PasswordRejectedException(List<PasswordProblem> problems) {
        super("Password rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }
}
