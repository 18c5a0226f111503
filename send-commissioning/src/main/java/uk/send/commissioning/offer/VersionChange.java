package uk.send.commissioning.offer;

/** What made a new version of an entry. Stored by name. */
public enum VersionChange {
    ADDED,
    CHANGED,
    WITHDRAWN,
    CHECKED
}
