package uk.send.commissioning.placement;

/** The answer to one exceptionality criterion (by its position in the council's list, from 1): met or not, and why. */
public record CriterionAnswer(int position, boolean met, String evidence) {

    /** Evidence given: not blank. */
    public boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
