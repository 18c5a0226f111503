package uk.send.pathway.plan;

/** Whose views a review gathers: the child's, the parents', the school or setting's (the SENCO), the advisers'. */
public enum ViewsFrom {
    CHILD, PARENT, SETTING, ADVISERS
}
