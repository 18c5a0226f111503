package uk.send.commissioning.offer;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;

/**
 * A service as its page shows it: what it is, who it is for, how to get it, where and when, contact,
 * accessibility and when it was last checked.
 *
 * @param footprintName null when it is for the whole local area
 * @param needs         in the order of {@link NeedCode}; empty means any
 * @param checkDue      not checked in the last 12 months ({@link LocalOffer#REVIEW_AFTER})
 */
public record ServiceView(long id, long organizationId, String organizationName, String organizationDescription,
                          String name, String description, String whoFor, String howToAccess, Category category,
                          Access access, Cost cost, String costDetail, int minAge, int maxAge, Long footprintId,
                          String footprintName, List<NeedCode> needs, String locationName, String address,
                          String postcode, String schedule, String phone, String email, String url,
                          String accessibility, ServiceStatus status, LocalDate lastCheckedOn, int version,
                          boolean checkDue) {

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }
}
