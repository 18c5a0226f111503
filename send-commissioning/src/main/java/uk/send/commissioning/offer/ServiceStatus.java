package uk.send.commissioning.offer;

/** Whether an entry is published. A withdrawn entry keeps its versions but leaves the public directory. */
public enum ServiceStatus {
    ACTIVE,
    WITHDRAWN
}
