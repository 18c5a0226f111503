package uk.send.commissioning.offer;

/** Where a comment is in moderation. Only a published one is ever shown to the public. Stored by name. */
public enum CommentStatus {
    RECEIVED,
    PUBLISHED,
    REJECTED
}
