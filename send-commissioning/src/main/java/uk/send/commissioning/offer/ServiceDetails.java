package uk.send.commissioning.offer;

import java.util.Set;

import uk.send.domain.reference.NeedCode;

/**
 * What an editor writes about a service: the command to add or change an entry. Optional text is null when
 * not given. The web checks each field and says what is wrong; the checks here only stop a caller that did not.
 *
 * @param footprintId the footprint the service is for, or null for the whole local area
 * @param needs       the areas of need it is for; empty means any
 */
public record ServiceDetails(long organizationId, String name, String description, String whoFor, String howToAccess,
                             Category category, Access access, Cost cost, String costDetail, int minAge, int maxAge,
                             Long footprintId, Set<NeedCode> needs, String locationName, String address, String postcode,
                             String schedule, String phone, String email, String url, String accessibility) {

    /** The youngest and oldest a SEND service can be for (0 to 25). */
    public static final int YOUNGEST = 0;
    public static final int OLDEST = 25;

    public ServiceDetails {
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        requireText(name, "name");
        requireText(description, "description");
        requireText(whoFor, "who it is for");
        requireText(howToAccess, "how to get it");
        if (category == null || access == null || cost == null) {
            throw new IllegalArgumentException("A service needs a category, a way in and a cost");
        }
        if (minAge < YOUNGEST || maxAge > OLDEST || minAge > maxAge) {
            throw new IllegalArgumentException("Ages must run from " + YOUNGEST + " to " + OLDEST + ", youngest first");
        }
    }

    /** The same details for another organisation (an import names its organisation by name). */
    public ServiceDetails withOrganization(long id) {
        return new ServiceDetails(id, name, description, whoFor, howToAccess, category, access, cost, costDetail, minAge,
                maxAge, footprintId, needs, locationName, address, postcode, schedule, phone, email, url, accessibility);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A service needs " + what);
        }
    }
}
