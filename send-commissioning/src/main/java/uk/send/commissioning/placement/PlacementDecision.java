package uk.send.commissioning.placement;

import java.time.LocalDate;

/** Approve or refuse a proposed placement, on a date, with a note (required for a refusal). */
public record PlacementDecision(boolean approve, LocalDate decidedOn, String note) {

    public static final int NOTE_MAX = 2000;
}
