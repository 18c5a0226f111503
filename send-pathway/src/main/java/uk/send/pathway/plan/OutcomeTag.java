package uk.send.pathway.plan;

/** The outcomes framework co-produced with families, used to tag plan outcomes. */
public enum OutcomeTag {
    I_AM_HEARD, I_AM_INCLUDED, MY_FAMILY_IS_SUPPORTED, I_AM_HEALTHY, I_AM_AMBITIOUS, I_AM_EMOTIONALLY_WELL, I_AM_SAFE
}
