package uk.send.funding.outreach;

/** Where an outreach request is: waiting for the provider, accepted (sessions to deliver), declined, or all delivered. */
public enum OutreachStatus {
    REQUESTED, ACCEPTED, DECLINED, COMPLETED
}
