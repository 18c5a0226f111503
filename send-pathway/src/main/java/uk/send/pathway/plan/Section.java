package uk.send.pathway.plan;

/** The sections of an EHC plan (reg 12) that are written as text. E, F and I are structured; K is gathered. */
public enum Section {
    A, B, C, D, G, H1, H2, J
}
