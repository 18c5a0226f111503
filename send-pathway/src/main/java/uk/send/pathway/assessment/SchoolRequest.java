package uk.send.pathway.assessment;

import java.time.LocalDate;

/**
 * Command: a school's SENCO asks for an EHC needs assessment from a reviewed cycle of the pupil's SEN Support
 * (reg 3: a school may request one). The request's source is the setting; its evidence is the pupil's SEN Support
 * record, named by id so that the cycles are read from where they are kept, never typed again.
 */
public record SchoolRequest(long childId, long settingId, long supportRecordId, LocalDate received, String reasons) {

    @Override
    public String toString() {
        return "SchoolRequest[settingId=" + settingId + ", supportRecordId=" + supportRecordId + "]";
    }
}
