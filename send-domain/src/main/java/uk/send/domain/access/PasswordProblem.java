package uk.send.domain.access;

// placeholder: replaced by the full policy on merge
public enum PasswordProblem { TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_EMAIL, TOO_PREDICTABLE }
