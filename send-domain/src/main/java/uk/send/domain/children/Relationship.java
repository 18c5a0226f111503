package uk.send.domain.children;

/** How a parent or carer is related to the child. */
public enum Relationship {
    MOTHER, FATHER, PARENT, GUARDIAN, FOSTER_CARER, GRANDPARENT, OTHER_RELATIVE, CORPORATE_PARENT, OTHER
}
