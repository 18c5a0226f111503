package uk.send.pathway.plan;

/**
 * The sections of an EHC plan (reg 12) that are written as text. E, F, I and J (the personal budget,
 * {@link PersonalBudget}) are structured; K is gathered.
 */
public enum Section {
    A, B, C, D, G, H1, H2
}
