package uk.send.pathway.assessment;

import java.time.LocalDate;

/** Command: a request for an EHC needs assessment has been received. */
public record NewRequest(long childId, Requester requestedBy, LocalDate received, String reasons, String evidence) {

    @Override
    public String toString() {
        return "NewRequest[requestedBy=" + requestedBy + "]";
    }
}
