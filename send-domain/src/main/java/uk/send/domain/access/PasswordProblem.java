package uk.send.domain.access;

/** Why a proposed password was refused; the web layer turns {@link #messageKey()} into words. */
public enum PasswordProblem {
    TOO_SHORT("password.tooShort"),
    TOO_LONG("password.tooLong"),
    TOO_COMMON("password.tooCommon"),
    CONTAINS_EMAIL("password.containsEmail"),
    TOO_PREDICTABLE("password.tooPredictable");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
