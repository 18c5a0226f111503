package uk.send.commissioning.placement;

/** Where a placement stands: recorded and awaiting a decision, approved or refused. */
public enum PlacementStatus {
    PROPOSED, APPROVED, REFUSED
}
