package uk.send.funding.topup;

import java.time.LocalDate;

/** A school's application: the evidence from the reviewed cycle, the band asked for, its use and its dates. */
public record NewApplication(String evidence, long bandId, String intendedUse, LocalDate startsOn, LocalDate endsOn,
                             LocalDate reviewOn) {

    @Override
    public String toString() {
        return "NewApplication[band=" + bandId + "]";
    }
}
