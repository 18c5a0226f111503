package uk.send.pathway.assessment;

/** A step on an assessment's timeline. Stored by name: add, never rename. */
public enum EventType {
    REQUEST_RECEIVED, DECIDED_TO_ASSESS, REFUSED_TO_ASSESS, ADVICE_REQUESTED, ADVICE_RECEIVED,
    DECIDED_TO_ISSUE, DECIDED_NOT_TO_ISSUE, DRAFT_ISSUED, DRAFT_RESPONSE_RECEIVED, SETTING_CONSULTED,
    FINAL_ISSUED, EXCEPTION_RECORDED
}
