package uk.send.pathway.support;

/** Why a pupil's SEN Support ended (kept with the record). */
public enum RemovalReason {
    NEEDS_MET, EHC_PLAN, LEFT_SETTING, OTHER
}
