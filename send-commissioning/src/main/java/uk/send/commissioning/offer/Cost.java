package uk.send.commissioning.offer;

/** Whether families pay. Stored by name. */
public enum Cost {
    FREE,
    CHARGED
}
