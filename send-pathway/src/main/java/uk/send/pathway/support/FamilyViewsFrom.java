package uk.send.pathway.support;

/**
 * Who in the family sent views on a shared support plan online: a parent or carer, or the young person on their own
 * account (their own views, never the parents').
 */
public enum FamilyViewsFrom {
    PARENT, YOUNG_PERSON
}
