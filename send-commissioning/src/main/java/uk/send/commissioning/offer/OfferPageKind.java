package uk.send.commissioning.offer;

/** The council's own pages of the Local Offer, which its editors write. */
public enum OfferPageKind {
    /** The short breaks services statement (Breaks for Carers of Disabled Children Regulations 2011, reg 4). */
    SHORT_BREAKS,
    /** Personal budgets explained (SEND Regulations 2014, Schedule 2, para 15). */
    PERSONAL_BUDGETS
}
