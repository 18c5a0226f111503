package uk.send.domain.reference;

public enum Phase { EARLY_YEARS, PRIMARY, SECONDARY, POST_16, ALL_THROUGH }
