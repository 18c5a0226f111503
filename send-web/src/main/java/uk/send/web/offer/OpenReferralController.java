package uk.send.web.offer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferSearch;
import uk.send.commissioning.offer.ServiceSummary;
import uk.send.commissioning.offer.ServiceView;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;

/**
 * The Local Offer as open data in the shape of Open Referral UK 3.0 (on HSDS 3.0): {@code /} (the version and
 * profile), {@code /services} (paged, with the public search's filters and {@code text}, {@code page},
 * {@code per_page}) and {@code /services/{id}} with its organisation, location and address, contact, phone,
 * schedule and taxonomy terms. Read-only, open without a key, to any origin. Ids are UUIDs made from our own ids
 * (the kind of record in the first group, the id in the last), so they stay the same from one export to the next.
 */
@RestController
@RequestMapping("/local-offer/api")
class OpenReferralController {

    static final String PROFILE = "https://openreferraluk.org";
    static final int PER_PAGE_MAX = 50;

    private final LocalOffer offer;
    private final ReferenceData reference;

    OpenReferralController(LocalOffer offer, ReferenceData reference) {
        this.offer = offer;
        this.reference = reference;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> root() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "3.0");
        body.put("profile", PROFILE);
        body.put("openapi_url", "https://raw.githubusercontent.com/openreferraluk/ORUK-standard/main/schema/openapi.json");
        return open(body);
    }

    @GetMapping("/services")
    ResponseEntity<Map<String, Object>> services(@RequestParam(required = false) String text,
                                                 @RequestParam(required = false) String category,
                                                 @RequestParam(required = false) String age,
                                                 @RequestParam(required = false) String need,
                                                 @RequestParam(required = false) String footprint,
                                                 @RequestParam(required = false) String cost,
                                                 @RequestParam(required = false) String access,
                                                 @RequestParam(defaultValue = "1") String page,
                                                 @RequestParam(name = "per_page", defaultValue = "50") String perPage) {
        OfferSearch search = new OfferFilters(text, category, age, need, footprint, cost, access)
                .search(reference.footprints().stream().map(FootprintView::id).toList());
        int size = Math.max(1, Math.min(PER_PAGE_MAX, number(perPage, PER_PAGE_MAX)));
        int pageNumber = Math.max(1, number(page, 1));
        Page<ServiceSummary> results = offer.search(search, PageRequest.of(pageNumber - 1, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_items", results.getTotalElements());
        body.put("total_pages", results.getTotalPages());
        body.put("page_number", pageNumber);
        body.put("size", results.getNumberOfElements());
        body.put("first_page", pageNumber == 1);
        body.put("last_page", pageNumber >= results.getTotalPages());
        body.put("empty", results.isEmpty());
        body.put("contents", results.getContent().stream().map(OpenReferralController::summary).toList());
        return open(body);
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Map<String, Object>> service(@PathVariable String id) {
        ServiceView s = offer.published(ourId(id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", uuid("service", s.id()));
        body.put("name", s.name());
        body.put("description", s.description());
        body.put("status", "active");
        put(body, "url", s.url());
        put(body, "email", s.email());
        body.put("eligibility_description", s.whoFor());
        body.put("application_process", s.howToAccess());
        body.put("fees_description", s.costDetail() != null ? s.costDetail() : s.cost().name().toLowerCase());
        body.put("minimum_age", s.minAge());
        body.put("maximum_age", s.maxAge());
        body.put("last_modified", s.lastCheckedOn().toString() + "T00:00:00Z");
        body.put("assured_date", s.lastCheckedOn().toString());
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", uuid("organization", s.organizationId()));
        organization.put("name", s.organizationName());
        organization.put("description", s.organizationDescription());
        body.put("organization", organization);
        body.put("service_at_locations", location(s));
        body.put("phones", s.phone() == null ? List.of() : List.of(Map.of("id", uuid("phone", s.id()), "number", s.phone())));
        body.put("contacts", s.email() == null && s.phone() == null ? List.of() : List.of(contact(s)));
        body.put("schedules", s.schedule() == null ? List.of()
                : List.of(Map.of("id", uuid("schedule", s.id()), "description", s.schedule())));
        body.put("attributes", attributes(s));
        return open(body);
    }

    private static Map<String, Object> summary(ServiceSummary s) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", uuid("service", s.id()));
        item.put("name", s.name());
        item.put("description", s.description());
        item.put("status", "active");
        item.put("minimum_age", s.minAge());
        item.put("maximum_age", s.maxAge());
        item.put("assured_date", s.lastCheckedOn().toString());
        return item;
    }

    private static List<Map<String, Object>> location(ServiceView s) {
        if (s.locationName() == null && s.address() == null && s.postcode() == null) {
            return List.of();
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("id", uuid("address", s.id()));
        address.put("address_1", s.address() != null ? s.address() : "");
        address.put("city", "");
        address.put("state_province", "");
        address.put("postal_code", s.postcode() != null ? s.postcode() : "");
        address.put("country", "GB");
        address.put("address_type", "physical");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", uuid("location", s.id()));
        location.put("location_type", "physical");
        put(location, "name", s.locationName());
        put(location, "transportation", null);
        location.put("addresses", List.of(address));
        location.put("accessibility", s.accessibility() == null ? List.of()
                : List.of(Map.of("id", uuid("accessibility", s.id()), "description", s.accessibility())));
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("id", uuid("service_at_location", s.id()));
        at.put("location", location);
        return List.of(at);
    }

    private static Map<String, Object> contact(ServiceView s) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", uuid("contact", s.id()));
        put(contact, "email", s.email());
        contact.put("phones", s.phone() == null ? List.of()
                : List.of(Map.of("id", uuid("contact_phone", s.id()), "number", s.phone())));
        return contact;
    }

    /** The category, the way in, the cost and each area of need, as taxonomy terms of our own vocabularies. */
    private static List<Map<String, Object>> attributes(ServiceView s) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(s.id(), "local-offer-category", s.category().name()));
        attributes.add(attribute(s.id(), "local-offer-access", s.access().name()));
        attributes.add(attribute(s.id(), "local-offer-cost", s.cost().name()));
        for (NeedCode need : s.needs()) {
            attributes.add(attribute(s.id(), "send-need", need.code()));
        }
        return attributes;
    }

    private static Map<String, Object> attribute(long serviceId, String vocabulary, String code) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", UUID.nameUUIDFromBytes((vocabulary + ":" + code).getBytes(StandardCharsets.UTF_8)).toString());
        term.put("code", code);
        term.put("name", code);
        term.put("description", vocabulary + " " + code);
        term.put("vocabulary", vocabulary);
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("id", UUID.nameUUIDFromBytes(("attribute:" + serviceId + ":" + vocabulary + ":" + code).getBytes(StandardCharsets.UTF_8)).toString());
        attribute.put("taxonomy_term", term);
        return attribute;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The kinds of record an id can be of: the first group of the UUID, so ids of different kinds never meet. */
    private static final List<String> KINDS = List.of("service", "organization", "location", "address",
            "service_at_location", "contact", "phone", "contact_phone", "schedule", "accessibility");

    /** A stable UUID for one of our rows: its kind in the first group, our id in the last (so it reads back). */
    static String uuid(String kind, long id) {
        return String.format("%08x-0000-4000-8000-%012x", KINDS.indexOf(kind) + 1, id);
    }

    /** Our id behind a service's UUID; anything else is not found. */
    private static long ourId(String id) {
        String prefix = uuid("service", 0).substring(0, 24);
        if (id == null || id.length() != 36 || !id.toLowerCase().startsWith(prefix)) {
            throw new NoSuchElementException("No service " + id);
        }
        try {
            return Long.parseLong(id.substring(24), 16);
        } catch (NumberFormatException notOurs) {
            throw new NoSuchElementException("No service " + id);
        }
    }

    private static int number(String value, int otherwise) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private static <T> ResponseEntity<T> open(T body) {
        return ResponseEntity.ok().header("Access-Control-Allow-Origin", "*").body(body);
    }
}
