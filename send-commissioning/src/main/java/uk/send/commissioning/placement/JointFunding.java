package uk.send.commissioning.placement;

/**
 * Who pays what share of a placement's cost, in whole percentages: education (the high-needs block), social care
 * and health. Each is 0 to 100 and together they are exactly 100.
 */
public record JointFunding(int education, int socialCare, int health) {

    public JointFunding {
        if (outOfRange(education) || outOfRange(socialCare) || outOfRange(health)) {
            throw new PlacementRefusal(PlacementRefusal.Field.SHARES, "inmss.refusal.shareRange");
        }
        if (education + socialCare + health != 100) {
            throw new PlacementRefusal(PlacementRefusal.Field.SHARES, "inmss.refusal.sharesSum",
                    education + socialCare + health);
        }
    }

    private static boolean outOfRange(int share) {
        return share < 0 || share > 100;
    }
}
