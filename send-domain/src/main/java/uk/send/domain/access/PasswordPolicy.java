package uk.send.domain.access;

import java.util.List;

// placeholder: replaced by the full policy on merge
public class PasswordPolicy {
    public List<PasswordProblem> check(String password, String email) {
        return password.length() < 12 ? List.of(PasswordProblem.TOO_SHORT) : List.of();
    }
}
