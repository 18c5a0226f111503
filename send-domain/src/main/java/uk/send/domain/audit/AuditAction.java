package uk.send.domain.audit;

/** What happened. Stored by name: add to the end, never rename. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGNED_OUT,
    ACCESS_DENIED,
    CHILD_VIEWED,
    CHILD_SEARCHED,
    CHILD_CREATED,
    CHILD_UPDATED,
    CARER_LINKED,
    CARER_UNLINKED,
    USER_CREATED,
    USER_UPDATED,
    USER_UNLOCKED,
    PASSWORD_CHANGED,
    FOOTPRINT_CREATED,
    FOOTPRINT_UPDATED,
    SETTING_CREATED,
    SETTING_UPDATED,
    ASSESSMENT_REQUESTED,
    ASSESSMENT_VIEWED,
    ASSESSMENT_STEP_RECORDED,
    PLAN_VIEWED,
    PLAN_EDITED,
    PLAN_ISSUED,
    ADVICE_SUBMITTED,
    ADVICE_REQUEST_VIEWED,
    CHILD_MERGED,
    // the Local Offer (issue 21)
    OFFER_SERVICE_ADDED,
    OFFER_SERVICE_CHANGED,
    OFFER_SERVICE_WITHDRAWN,
    OFFER_SERVICE_CHECKED,
    OFFER_COMMENT_PUBLISHED,
    OFFER_COMMENT_REJECTED,
    // data protection (issue 23): a list or trail taken away as a file
    DOWNLOADED,
    // mediation and tribunal appeals (issue 17)
    DISAGREEMENT_RECORDED,
    DISAGREEMENT_VIEWED,
    // the INMSS placement register (issue 20)
    INMSS_PLACEMENT_RECORDED,
    INMSS_PLACEMENT_APPROVED,
    INMSS_PLACEMENT_REFUSED,
    INMSS_PLACEMENT_REVIEWED,
    RESOURCE_BASE_PLACES_SET,
    // data in and out (issue 22)
    SETTINGS_IMPORTED,
    CHILDREN_IMPORTED,
    /** No longer written (every download is DOWNLOADED since issue 23); kept for the rows already recorded. */
    DATA_EXPORTED,
    // top-up funding without an EHC plan (issue 19)
    TOP_UP_APPLIED,
    TOP_UP_VIEWED,
    TOP_UP_DECIDED,
    TOP_UP_AWARD_REVIEWED,
    FUNDING_BAND_CHANGED,
    FUNDING_BUDGET_CHANGED,
    // accounts and sign-in (issues 16 and 23)
    PASSWORD_RESET_REQUESTED,
    PASSWORD_SET_BY_LINK,
    ACCOUNT_INVITED,
    SIGN_IN_THROTTLED,
    MAIL_VIEWED,
    // annual reviews, amendments and ceasing of EHC plans (issue 17)
    PLAN_REVIEW_STEP_RECORDED,
    PLAN_REVIEW_VIEWS_GIVEN,
    PLAN_CEASED,
    // capital grants and outreach quotas per footprint (issue 19)
    CAPITAL_APPLIED,
    CAPITAL_VIEWED,
    CAPITAL_DECIDED,
    CAPITAL_BUDGET_CHANGED,
    OUTREACH_QUOTA_CHANGED,
    OUTREACH_REQUESTED,
    OUTREACH_VIEWED,
    OUTREACH_ANSWERED,
    OUTREACH_SESSION_RECORDED,
    // the Local Offer: Open Referral imports and the council's own pages (issue 21)
    OFFER_IMPORTED,
    OFFER_PAGE_CHANGED,
    // caseload migration of plans and SEN Support (issue 22)
    PLANS_IMPORTED,
    SEN_SUPPORT_IMPORTED,
    // ordinarily available provision (issue 18)
    OAP_STANDARD_CHANGED,
    OAP_SELF_ASSESSMENT_SUBMITTED,
    // the family's views on a shared SEN Support plan, sent online (issue 18)
    SUPPORT_PLAN_FAMILY_VIEWS_SENT,
    // commissioning intelligence (issue 20)
    HIGH_NEEDS_BUDGET_SET,
    // the demand forecast's scenarios (issue 20)
    FORECAST_SCENARIO_SAVED,
    // caseload migration of top-up awards (issue 22)
    TOP_UP_AWARDS_IMPORTED,
    // retention periods per record type (issue 23)
    RETENTION_PERIOD_CHANGED
}
