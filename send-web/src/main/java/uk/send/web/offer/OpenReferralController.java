package uk.send.web.offer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferSearch;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.commissioning.offer.ServiceSummary;
import uk.send.commissioning.offer.ServiceView;
import uk.send.domain.access.LinkSettings;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;

/**
 * The Local Offer as open data in Open Referral UK 3.0 (the UK profile of HSDS 3.0): {@code /} (the version and
 * profile), {@code /services} (paged in the standard's envelope, with its filters {@code search},
 * {@code taxonomy_term_id}, {@code taxonomy_id}, {@code minimum_age}, {@code maximum_age} and the public search's
 * own), {@code /services/{id}} fully nested (organisation, service area, location and address, accessibility,
 * contact and phone, schedule, eligibility and taxonomy terms), {@code /service_at_locations},
 * {@code /taxonomies} and {@code /taxonomy_terms}. Read-only, open without a key, to any origin; only published
 * services. Ids are UUIDs made from our own ids (the kind of record in the first group, the id in the last), so
 * they stay the same from one export to the next and read back. See docs/data-formats.md.
 */
@RestController
@RequestMapping("/local-offer/api")
class OpenReferralController {

    static final String PROFILE = "https://github.com/openreferral/uk-profile";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";
    static final int PER_PAGE_MAX = 50;

    private final LocalOffer offer;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final String baseUrl;

    OpenReferralController(LocalOffer offer, ReferenceData reference, MessageSource messages, LinkSettings links) {
        this.offer = offer;
        this.reference = reference;
        this.messages = messages;
        this.baseUrl = links.baseUrl();
    }

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, Object>> root() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "3.0");
        body.put("profile", PROFILE);
        body.put("openapi_url", OPENAPI);
        return open(body);
    }

    @GetMapping("/services")
    ResponseEntity<Map<String, Object>> services(@RequestParam(required = false) String search,
                                                 @RequestParam(required = false) String text,
                                                 @RequestParam(name = "taxonomy_term_id", required = false) String termId,
                                                 @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
                                                 @RequestParam(name = "minimum_age", required = false) String minimumAge,
                                                 @RequestParam(name = "maximum_age", required = false) String maximumAge,
                                                 @RequestParam(required = false) String category,
                                                 @RequestParam(required = false) String age,
                                                 @RequestParam(required = false) String need,
                                                 @RequestParam(required = false) String footprint,
                                                 @RequestParam(required = false) String cost,
                                                 @RequestParam(required = false) String access,
                                                 @RequestParam(defaultValue = "1") String page,
                                                 @RequestParam(name = "per_page", defaultValue = "50") String perPage) {
        Optional<OfferSearch> wanted = search(search != null ? search : text, termId, taxonomyId, minimumAge,
                maximumAge, category, age, need, footprint, cost, access, false);
        return open(page(wanted, page, perPage, this::listed));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Map<String, Object>> service(@PathVariable String id) {
        return open(full(offer.published(ourId("service", id))));
    }

    @GetMapping("/service_at_locations")
    ResponseEntity<Map<String, Object>> servicesAtLocations(@RequestParam(required = false) String search,
                                                            @RequestParam(name = "taxonomy_term_id", required = false) String termId,
                                                            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
                                                            @RequestParam(name = "minimum_age", required = false) String minimumAge,
                                                            @RequestParam(name = "maximum_age", required = false) String maximumAge,
                                                            @RequestParam(defaultValue = "1") String page,
                                                            @RequestParam(name = "per_page", defaultValue = "50") String perPage) {
        Optional<OfferSearch> wanted = search(search, termId, taxonomyId, minimumAge, maximumAge, null, null, null,
                null, null, null, true);
        return open(page(wanted, page, perPage, this::atLocation));
    }

    /** A service at a location, fully nested: the service it is of (as the standard's openapi says). */
    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<Map<String, Object>> serviceAtLocation(@PathVariable String id) {
        ServiceView service = offer.published(ourId("service_at_location", id));
        if (!hasLocation(service)) {
            throw new NoSuchElementException("No location for service " + service.id());
        }
        return open(full(service));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<Map<String, Object>> taxonomies(@RequestParam(defaultValue = "1") String page,
                                                   @RequestParam(name = "per_page", defaultValue = "50") String perPage) {
        return open(listPage(List.of(OpenReferralTaxonomy.values()), page, perPage, t -> taxonomy(t, false)));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<Map<String, Object>> taxonomy(@PathVariable String id) {
        OpenReferralTaxonomy taxonomy = OpenReferralTaxonomy.byId(id)
                .orElseThrow(() -> new NoSuchElementException("No taxonomy " + id));
        return open(taxonomy(taxonomy, true));
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<Map<String, Object>> taxonomyTerms(@RequestParam(defaultValue = "1") String page,
                                                      @RequestParam(name = "per_page", defaultValue = "50") String perPage) {
        return open(listPage(OpenReferralTaxonomy.allTerms(), page, perPage, this::term));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<Map<String, Object>> taxonomyTerm(@PathVariable String id) {
        return open(term(OpenReferralTaxonomy.term(id).orElseThrow(() -> new NoSuchElementException("No term " + id))));
    }

    // ---- the search

    /**
     * The search the parameters ask for, or empty when they name a term or taxonomy we do not have (or a term
     * that contradicts another filter), which no service can match. Every other value is read leniently, as the
     * public search reads it: one that no page offers is treated as not given.
     */
    private Optional<OfferSearch> search(String words, String termId, String taxonomyId, String minimumAge,
                                         String maximumAge, String category, String age, String need,
                                         String footprint, String cost, String access, boolean atLocation) {
        OfferSearch filters = new OfferFilters(words, category, age, need, footprint, cost, access)
                .search(reference.footprints().stream().map(FootprintView::id).toList());
        Category byCategory = filters.category();
        Access byAccess = filters.access();
        Cost byCost = filters.cost();
        NeedCode byNeed = filters.need();
        boolean anyNeed = false;
        if (termId != null && !termId.isBlank()) {
            Optional<OpenReferralTaxonomy.Term> term = OpenReferralTaxonomy.term(termId.strip());
            if (term.isEmpty()) {
                return Optional.empty();
            }
            String code = term.get().code();
            switch (term.get().taxonomy()) {
                case CATEGORY -> {
                    if (byCategory != null && !byCategory.name().equals(code)) {
                        return Optional.empty();
                    }
                    byCategory = Category.valueOf(code);
                }
                case ACCESS -> {
                    if (byAccess != null && !byAccess.name().equals(code)) {
                        return Optional.empty();
                    }
                    byAccess = Access.valueOf(code);
                }
                case COST -> {
                    if (byCost != null && !byCost.name().equals(code)) {
                        return Optional.empty();
                    }
                    byCost = Cost.valueOf(code);
                }
                case NEED -> {
                    NeedCode termNeed = NeedCode.fromCode(code);
                    if (byNeed != null && byNeed != termNeed) {
                        return Optional.empty();
                    }
                    byNeed = termNeed;
                }
            }
        }
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            Optional<OpenReferralTaxonomy> taxonomy = OpenReferralTaxonomy.byId(taxonomyId.strip());
            if (taxonomy.isEmpty()) {
                return Optional.empty();
            }
            // every service has a category, a way in and a cost; only some name areas of need
            anyNeed = taxonomy.get() == OpenReferralTaxonomy.NEED;
        }
        return Optional.of(new OfferSearch(filters.keywords(), byCategory, filters.age(), byNeed, filters.footprintId(),
                byCost, byAccess, years(minimumAge), years(maximumAge), anyNeed, atLocation));
    }

    private Map<String, Object> page(Optional<OfferSearch> search, String page, String perPage,
                                     Function<ServiceSummary, Map<String, Object>> item) {
        Pageable wanted = pageable(page, perPage);
        Page<ServiceSummary> results = search.map(s -> offer.search(s, wanted))
                .orElseGet(() -> new PageImpl<>(List.of(), wanted, 0));
        return envelope(results, results.getContent().stream().map(item).toList());
    }

    private static <T> Map<String, Object> listPage(List<T> all, String page, String perPage,
                                                    Function<T, Map<String, Object>> item) {
        Pageable wanted = pageable(page, perPage);
        int from = (int) Math.min(all.size(), wanted.getOffset());
        int to = Math.min(all.size(), from + wanted.getPageSize());
        Page<T> results = new PageImpl<>(all.subList(from, to), wanted, all.size());
        return envelope(results, results.getContent().stream().map(item).toList());
    }

    /** The standard's envelope: {@code total_items}, {@code total_pages}, {@code page_number} (from 1) and so on. */
    private static Map<String, Object> envelope(Page<?> results, List<Map<String, Object>> contents) {
        int pageNumber = results.getNumber() + 1;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_items", results.getTotalElements());
        body.put("total_pages", results.getTotalPages());
        body.put("page_number", pageNumber);
        body.put("size", contents.size());
        body.put("first_page", pageNumber == 1);
        body.put("last_page", pageNumber >= results.getTotalPages());
        body.put("empty", contents.isEmpty());
        body.put("contents", contents);
        return body;
    }

    private static Pageable pageable(String page, String perPage) {
        int size = Math.max(1, Math.min(PER_PAGE_MAX, number(perPage, PER_PAGE_MAX)));
        int pageNumber = Math.max(1, Math.min(100_000, number(page, 1)));
        return PageRequest.of(pageNumber - 1, size);
    }

    // ---- the records

    /** A listed service: its one-to-one fields and its organisation (the standard's {@code service_list}). */
    private Map<String, Object> listed(ServiceSummary s) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", uuid("service", s.id()));
        item.put("organization_id", uuid("organization", s.organizationId()));
        item.put("name", s.name());
        item.put("description", s.description());
        item.put("url", url(s.id(), s.url()));
        put(item, "email", s.email());
        item.put("status", "active");
        item.put("minimum_age", s.minAge());
        item.put("maximum_age", s.maxAge());
        item.put("assured_date", s.lastCheckedOn().toString());
        item.put("last_modified", s.lastCheckedOn() + "T00:00:00Z");
        item.put("organization", organization(s.organizationId(), s.organizationName(), s.organizationDescription()));
        return item;
    }

    /** A listed service at its location (the standard's {@code service_at_location_list}). */
    private Map<String, Object> atLocation(ServiceSummary s) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", uuid("location", s.id()));
        put(location, "name", s.locationName());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", uuid("service_at_location", s.id()));
        item.put("service_id", uuid("service", s.id()));
        item.put("location_id", uuid("location", s.id()));
        item.put("location", location);
        item.put("service", listed(s));
        return item;
    }

    /** A service fully nested (the standard's compiled {@code service}). */
    private Map<String, Object> full(ServiceView s) {
        String serviceId = uuid("service", s.id());
        String url = url(s.id(), s.url());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", serviceId);
        body.put("organization_id", uuid("organization", s.organizationId()));
        body.put("name", s.name());
        body.put("description", s.description());
        body.put("url", url);
        put(body, "email", s.email());
        body.put("status", "active");
        body.put("eligibility_description", s.whoFor());
        body.put("application_process", s.howToAccess());
        body.put("fees_description", s.costDetail() != null ? s.costDetail()
                : messages.getMessage("offer.cost." + s.cost().name(), null, s.cost().name(), java.util.Locale.UK));
        body.put("minimum_age", s.minAge());
        body.put("maximum_age", s.maxAge());
        body.put("assured_date", s.lastCheckedOn().toString());
        body.put("last_modified", s.lastCheckedOn() + "T00:00:00Z");
        body.put("organization", organization(s.organizationId(), s.organizationName(), s.organizationDescription()));
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", uuid("service_area", s.id()));
        area.put("service_id", serviceId);
        area.put("name", s.footprintName() != null ? s.footprintName() : "The whole local area");
        body.put("service_areas", List.of(area));
        body.put("service_at_locations", hasLocation(s) ? List.of(location(s)) : List.of());
        List<Map<String, Object>> phones = new ArrayList<>();
        if (s.phone() != null) {
            phones.add(Map.of("id", uuid("phone", s.id()), "service_id", serviceId, "number", s.phone()));
        }
        body.put("phones", phones);
        body.put("contacts", s.email() == null && s.phone() == null ? List.of() : List.of(contact(s, url)));
        if (s.schedule() != null) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", uuid("schedule", s.id()));
            schedule.put("service_id", serviceId);
            schedule.put("description", s.schedule());
            schedule.put("url", url);
            body.put("schedules", List.of(schedule));
        } else {
            body.put("schedules", List.of());
        }
        body.put("attributes", attributes(s, serviceId));
        return body;
    }

    private static Map<String, Object> organization(long id, String name, String description) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", uuid("organization", id));
        organization.put("name", name);
        organization.put("description", description);
        return organization;
    }

    private static boolean hasLocation(ServiceView s) {
        return s.locationName() != null || s.address() != null || s.postcode() != null;
    }

    private static Map<String, Object> location(ServiceView s) {
        String locationId = uuid("location", s.id());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("id", uuid("address", s.id()));
        address.put("location_id", locationId);
        address.put("address_1", s.address() != null ? s.address() : "");
        address.put("city", "");
        address.put("state_province", "");
        address.put("postal_code", s.postcode() != null ? s.postcode() : "");
        address.put("country", "GB");
        address.put("address_type", "physical");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", locationId);
        location.put("location_type", "physical");
        put(location, "name", s.locationName());
        location.put("addresses", List.of(address));
        if (s.accessibility() != null) {
            Map<String, Object> accessibility = new LinkedHashMap<>();
            accessibility.put("id", uuid("accessibility", s.id()));
            accessibility.put("location_id", locationId);
            accessibility.put("description", s.accessibility());
            accessibility.put("accessibility", s.accessibility());
            location.put("accessibility", List.of(accessibility));
        } else {
            location.put("accessibility", List.of());
        }
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("id", uuid("service_at_location", s.id()));
        at.put("service_id", uuid("service", s.id()));
        at.put("location_id", locationId);
        at.put("location", location);
        return at;
    }

    private static Map<String, Object> contact(ServiceView s, String url) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", uuid("contact", s.id()));
        contact.put("service_id", uuid("service", s.id()));
        contact.put("name", s.organizationName());
        put(contact, "email", s.email());
        contact.put("url", url);
        contact.put("phones", s.phone() == null ? List.of()
                : List.of(Map.of("id", uuid("contact_phone", s.id()), "number", s.phone())));
        return contact;
    }

    /** The category, the way in, the cost and each area of need, as terms of our own vocabularies. */
    private List<Map<String, Object>> attributes(ServiceView s, String serviceId) {
        List<OpenReferralTaxonomy.Term> terms = new ArrayList<>();
        terms.add(new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.CATEGORY, s.category().name()));
        terms.add(new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.ACCESS, s.access().name()));
        terms.add(new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.COST, s.cost().name()));
        for (NeedCode need : s.needs()) {
            terms.add(new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.NEED, need.code()));
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (OpenReferralTaxonomy.Term term : terms) {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("id", java.util.UUID.nameUUIDFromBytes(("attribute:" + s.id() + ":" + term.taxonomy().key
                    + ":" + term.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            attribute.put("link_id", serviceId);
            attribute.put("link_type", term.taxonomy().linkType);
            attribute.put("link_entity", "service");
            attribute.put("taxonomy_term_id", term.id());
            attribute.put("taxonomy_term", term(term));
            attributes.add(attribute);
        }
        return attributes;
    }

    private Map<String, Object> term(OpenReferralTaxonomy.Term term) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", term.id());
        body.put("code", term.code());
        body.put("term", term.name(messages));
        body.put("name", term.name(messages));
        body.put("description", term.name(messages));
        body.put("taxonomy", term.taxonomy().key);
        body.put("taxonomy_id", term.taxonomy().id());
        body.put("vocabulary", term.taxonomy().key);
        return body;
    }

    private Map<String, Object> taxonomy(OpenReferralTaxonomy taxonomy, boolean withTerms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", taxonomy.id());
        body.put("name", taxonomy.key);
        body.put("description", taxonomy.description());
        body.put("version", "1");
        if (withTerms) {
            body.put("taxonomy_terms", taxonomy.terms().stream().map(this::term).toList());
        }
        return body;
    }

    // ---- ids and values

    /** The service's own website, or else its page on the Local Offer (the UK profile requires a url). */
    private String url(long id, String own) {
        return own != null && (own.startsWith("https://") || own.startsWith("http://")) ? own
                : baseUrl + "/local-offer/services/" + id;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The kinds of record an id can be of: the first group of the UUID, so ids of different kinds never meet. */
    private static final List<String> KINDS = List.of("service", "organization", "location", "address",
            "service_at_location", "contact", "phone", "contact_phone", "schedule", "accessibility", "service_area");

    /** A stable UUID for one of our rows: its kind in the first group, our id in the last (so it reads back). */
    static String uuid(String kind, long id) {
        return String.format("%08x-0000-4000-8000-%012x", KINDS.indexOf(kind) + 1, id);
    }

    /** Our id behind one of our UUIDs of that kind; anything else is not found. */
    static long ourId(String kind, String id) {
        String prefix = uuid(kind, 0).substring(0, 24);
        if (id == null || id.length() != 36 || !id.toLowerCase().startsWith(prefix)) {
            throw new NoSuchElementException("No " + kind + " " + id);
        }
        try {
            return Long.parseLong(id.substring(24), 16);
        } catch (NumberFormatException notOurs) {
            throw new NoSuchElementException("No " + kind + " " + id);
        }
    }

    /** An age as a filter: a whole number of years from 0 to 25, or none. */
    private static Integer years(String value) {
        int years = number(value, -1);
        return years >= ServiceDetails.YOUNGEST && years <= ServiceDetails.OLDEST ? years : null;
    }

    private static int number(String value, int otherwise) {
        if (value == null || value.isBlank() || value.strip().length() > 9) {
            return otherwise;
        }
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
