package uk.send.web.commissioning;

/**
 * The service's values as the person-level return's codes. Where the DfE's code list was found it is used
 * (RequestSource 2026: 1 the child's parent or the young person, 2 a school or other education setting, 3 health,
 * 4 social care, 5 other; Week20: 1 exceptions apply, 0 they do not; need types: the school census codes). The
 * rest are modelled and said to be so in docs/data-formats.md: yes/no items as 1/0 like Week20, the cease reasons by
 * the codes the service already keeps for them (the plans import reads the same), and setting types by the service's
 * own names, to be mapped to the DfE's list once it is to hand.
 */
final class Sen2Codes {

    private Sen2Codes() {
    }

    static String yesNo(boolean value) {
        return value ? "1" : "0";
    }

    /** Who asked for the assessment. Health and social care are not told apart from "other" in the service. */
    static String requestSource(String requestedBy) {
        if (requestedBy == null) {
            return null;
        }
        return switch (requestedBy) {
            case "PARENT", "YOUNG_PERSON" -> "1";
            case "SETTING" -> "2";
            default -> "5";
        };
    }

    /** Modelled: A the council agreed to assess, N it did not; none while undecided. */
    static String requestOutcome(Boolean decidedToAssess) {
        return decidedToAssess == null ? null : decidedToAssess ? "A" : "N";
    }

    /** Modelled: 1 a plan is issued, 0 the council decided not to issue one; none while the assessment is open. */
    static String assessmentOutcome(Boolean planToBeIssued) {
        return planToBeIssued == null ? null : yesNo(planToBeIssued);
    }

    /** The reason's SEN2 code as the service keeps it ({@code CeaseReason#sen2Code}: 1 maximum age … 9 other). */
    static String ceaseReason(String reason) {
        return reason == null ? null : uk.send.pathway.plan.CeaseReason.valueOf(reason).sen2Code();
    }

    /** Modelled: the named setting's type; a setting with a URN is identified by the URN itself. */
    static String senSetting(String settingType) {
        return settingType;
    }
}
