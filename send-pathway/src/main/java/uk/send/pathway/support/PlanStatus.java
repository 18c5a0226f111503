package uk.send.pathway.support;

/** Where one cycle is: open (planned and being done), reviewed, or ended unreviewed when SEN Support ended. */
public enum PlanStatus {
    OPEN, REVIEWED, ENDED
}
