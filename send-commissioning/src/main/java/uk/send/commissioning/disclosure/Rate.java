package uk.send.commissioning.disclosure;

/**
 * A percentage as it may be published: the percent (one decimal place), null when there is nothing to divide by;
 * or the reason it is withheld (its part or its whole is suppressed, or the part short of the whole is 1 to 4).
 */
public record Rate(Double percent, Figure.Suppression suppression) {

    public boolean isShown() {
        return suppression == null;
    }

    public boolean hasData() {
        return suppression == null && percent != null;
    }

    public String messageKey() {
        return suppression == null ? null : "disclosure." + suppression.name();
    }
}
