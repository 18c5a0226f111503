package uk.send.web.offer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.commissioning.offer.ServiceView;
import uk.send.domain.reference.NeedCode;
import uk.send.web.support.TextInput;

/**
 * An entry as the editor writes it, each text as long as its column. {@code version} is null for a new entry.
 * Ages and choices are typed: a value that cannot be read is a field error ({@link uk.send.web.support.FormBinding}).
 */
record ServiceForm(Long organizationId, @TextInput(max = 200) String name,
                   @TextInput(max = 4000, lines = true) String description,
                   @TextInput(max = 2000, lines = true) String whoFor,
                   @TextInput(max = 2000, lines = true) String howToAccess,
                   Category category, Access access, Cost cost, @TextInput(max = 500) String costDetail,
                   Integer minAge, Integer maxAge, Long footprintId, List<NeedCode> needs,
                   @TextInput(max = 200) String locationName, @TextInput(max = 500, lines = true) String address,
                   @TextInput(max = 10) String postcode, @TextInput(max = 1000, lines = true) String schedule,
                   @TextInput(max = 30) String phone, @TextInput(max = 254) String email, @TextInput(max = 500) String url,
                   @TextInput(max = 2000, lines = true) String accessibility, Integer version) {

    static ServiceForm empty() {
        return new ServiceForm(null, "", "", "", "", null, null, null, "", ServiceDetails.YOUNGEST, ServiceDetails.OLDEST,
                null, List.of(), "", "", "", "", "", "", "", "", null);
    }

    static ServiceForm of(ServiceView s) {
        return new ServiceForm(s.organizationId(), s.name(), s.description(), s.whoFor(), s.howToAccess(), s.category(),
                s.access(), s.cost(), s.costDetail(), s.minAge(), s.maxAge(), s.footprintId(), s.needs(),
                s.locationName(), s.address(), s.postcode(), s.schedule(), s.phone(), s.email(), s.url(),
                s.accessibility(), s.version());
    }

    /** The command, once {@link ServiceFormValidator} has passed the form. */
    ServiceDetails details() {
        Set<NeedCode> chosen = EnumSet.noneOf(NeedCode.class);
        if (needs != null) {
            needs.stream().filter(n -> n != null).forEach(chosen::add);
        }
        return new ServiceDetails(organizationId, name, description, whoFor, howToAccess, category, access, cost,
                costDetail, minAge, maxAge, footprintId, chosen, locationName, address, postcode, schedule, phone,
                email, url, accessibility);
    }
}
