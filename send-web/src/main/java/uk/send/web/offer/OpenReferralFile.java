package uk.send.web.offer;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.ImportedService;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.web.support.FormText;

/**
 * An Open Referral UK 3.0 file from another directory, read into services to import: one fully nested service, a
 * list of them, or a page of the standard's envelope ({@code contents}), as this API and others publish them.
 * Every value is checked as the editor's form checks it (required text, lengths of the columns, no control
 * characters, ages 0 to 25, web and email addresses); a file with any problem is refused whole, with the problems
 * named, so that an import never half-happens. See docs/data-formats.md for the mapping.
 */
final class OpenReferralFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SERVICES = 2000;
    /** The problems named on the form at most (the rest counted). */
    static final int MAX_PROBLEMS = 10;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A problem with the file, as a message code and its arguments. */
    record Problem(String code, Object... args) {
    }

    /** The file cannot be imported: why. */
    static final class Refused extends Exception {
        final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = List.copyOf(problems);
        }

        Refused(String code, Object... args) {
            this(List.of(new Problem(code, args)));
        }
    }

    /** What the file says, and the defaults for what it does not (our vocabularies are our own). */
    record Defaults(Category category, Access access, MessageSource messages, List<FootprintView> footprints) {
    }

    private OpenReferralFile() {
    }

    static List<ImportedService> read(byte[] content, Defaults defaults) throws Refused {
        if (content == null || content.length == 0) {
            throw new Refused("offer.import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("offer.import.file.tooBig", MAX_BYTES / 1024 / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refused("offer.import.file.notJson");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException notJson) {
            throw new Refused("offer.import.file.notJson");
        }
        List<JsonNode> services = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(services::add);
        } else if (root != null && root.isObject() && root.has("contents") && root.get("contents").isArray()) {
            root.get("contents").forEach(services::add);
        } else if (root != null && root.isObject() && root.has("name")) {
            services.add(root);
        } else {
            throw new Refused("offer.import.file.notServices");
        }
        if (services.isEmpty()) {
            throw new Refused("offer.import.file.noServices");
        }
        if (services.size() > MAX_SERVICES) {
            throw new Refused("offer.import.file.tooMany", MAX_SERVICES);
        }
        List<ImportedService> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int number = 0;
        for (JsonNode service : services) {
            number++;
            try {
                read.add(service(service, number, defaults));
            } catch (Refused refused) {
                problems.addAll(refused.problems);
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(new Problem("offer.import.file.moreProblems", problems.size() - MAX_PROBLEMS));
            }
            throw new Refused(shown);
        }
        return read;
    }

    private static ImportedService service(JsonNode s, int number, Defaults defaults) throws Refused {
        if (!s.isObject()) {
            throw new Refused("offer.import.service.notObject", number);
        }
        Reader r = new Reader(number, text(s, "name"));
        String name = r.required("name", text(s, "name"), 200, false);
        String description = r.required("description", text(s, "description"), 4000, true);
        JsonNode organization = s.path("organization");
        String organizationName = r.required("organization.name", text(organization, "name"), 200, false);
        String organizationDescription = r.optional("organization.description", text(organization, "description"), 2000, true);
        int minAge = r.age("minimum_age", s.get("minimum_age"), ServiceDetails.YOUNGEST);
        int maxAge = Math.min(ServiceDetails.OLDEST, r.age("maximum_age", s.get("maximum_age"), ServiceDetails.OLDEST));
        if (minAge > maxAge) {
            r.problem("offer.import.service.ages");
        }
        String whoFor = r.optional("eligibility_description", text(s, "eligibility_description"), 2000, true);
        if (whoFor == null) {
            whoFor = defaults.messages().getMessage("offer.import.default.whoFor", new Object[] {minAge, maxAge}, Locale.UK);
        }
        String howToAccess = r.optional("application_process", text(s, "application_process"), 2000, true);
        if (howToAccess == null) {
            howToAccess = defaults.messages().getMessage("offer.import.default.howToAccess", null, Locale.UK);
        }
        String fees = r.optional("fees_description", Optional.ofNullable(text(s, "fees_description")).orElse(text(s, "fees")), 500, true);
        String email = r.optional("email", text(s, "email"), 254, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            r.problem("offer.import.service.email");
        }
        String url = r.optional("url", text(s, "url"), 500, false);
        Long ourId = null;
        if (url != null && !WEB.matcher(url).matches()) {
            r.problem("offer.import.service.url");
        }
        if (url != null && url.endsWith("/local-offer/services/" + idFrom(text(s, "id")))) {
            url = null; // our own page, as this API gives it for a service without a website: not a website
        }
        try {
            ourId = OpenReferralController.ourId("service", text(s, "id"));
        } catch (java.util.NoSuchElementException notOurs) {
            ourId = null;
        }
        // taxonomy terms: ours by vocabulary and code; otherwise a category named like one of ours
        Category category = null;
        Access access = null;
        Cost cost = null;
        Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);
        for (JsonNode attribute : s.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            String vocabulary = Optional.ofNullable(text(term, "taxonomy")).orElse(text(term, "vocabulary"));
            String code = Optional.ofNullable(text(term, "code")).orElse(text(term, "term"));
            Optional<OpenReferralTaxonomy> taxonomy = vocabulary == null ? Optional.empty() : OpenReferralTaxonomy.byKey(vocabulary);
            if (taxonomy.isPresent()) {
                Optional<OpenReferralTaxonomy.Term> known = OpenReferralTaxonomy.term(taxonomy.get(), code);
                if (known.isEmpty()) {
                    continue;
                }
                switch (taxonomy.get()) {
                    case CATEGORY -> category = Category.valueOf(known.get().code());
                    case ACCESS -> access = Access.valueOf(known.get().code());
                    case COST -> cost = Cost.valueOf(known.get().code());
                    case NEED -> needs.add(NeedCode.fromCode(known.get().code()));
                }
            } else if (category == null) {
                String termName = Optional.ofNullable(text(term, "term")).orElse(text(term, "name"));
                for (Category c : Category.values()) {
                    String label = defaults.messages().getMessage("offer.category." + c.name(), null, c.name(), Locale.UK);
                    if (termName != null && termName.strip().equalsIgnoreCase(label)) {
                        category = c;
                    }
                }
            }
        }
        // where and when, and how to get in touch: the first of each
        JsonNode location = s.path("service_at_locations").path(0).path("location");
        String locationName = r.optional("location.name", text(location, "name"), 200, false);
        JsonNode address = location.path("addresses").path(0);
        String addressLine = r.optional("address", joined(text(address, "address_1"), text(address, "address_2"),
                text(address, "city")), 500, false);
        String postcode = r.optional("address.postal_code", text(address, "postal_code"), 10, false);
        String accessibility = r.optional("accessibility", text(location.path("accessibility").path(0), "description"), 2000, true);
        String schedule = r.optional("schedules.description", text(s.path("schedules").path(0), "description"), 1000, true);
        String phone = Optional.ofNullable(text(s.path("phones").path(0), "number"))
                .orElse(text(s.path("contacts").path(0).path("phones").path(0), "number"));
        phone = r.optional("phones.number", phone, 30, false);
        if (email == null) {
            email = r.optional("contacts.email", text(s.path("contacts").path(0), "email"), 254, false);
            if (email != null && !EMAIL.matcher(email).matches()) {
                r.problem("offer.import.service.email");
            }
        }
        Long footprintId = null;
        String area = text(s.path("service_areas").path(0), "name");
        if (area != null) {
            footprintId = defaults.footprints().stream().filter(f -> f.name().equalsIgnoreCase(area.strip()))
                    .map(FootprintView::id).findFirst().orElse(null);
        }
        r.done();
        return new ImportedService(ourId, organizationName, organizationDescription,
                new ServiceDetails(0, name, description, whoFor, howToAccess,
                        category != null ? category : defaults.category(), access != null ? access : defaults.access(),
                        cost != null ? cost : fees != null ? Cost.CHARGED : Cost.FREE, fees, minAge, maxAge, footprintId,
                        needs, locationName, addressLine, postcode, schedule, phone, email, url, accessibility));
    }

    /** One service's values, each checked, the problems gathered so that all of them are named at once. */
    private static final class Reader {
        private final int number;
        private final String name;
        private final List<Problem> problems = new ArrayList<>();

        Reader(int number, String name) {
            this.number = number;
            this.name = name == null ? "" : name.length() > 60 ? name.substring(0, 60) + "…" : name;
        }

        String required(String field, String value, int max, boolean lines) {
            if (value == null) {
                problems.add(new Problem("offer.import.service.missing", number, name, field));
                return null;
            }
            return optional(field, value, max, lines);
        }

        String optional(String field, String value, int max, boolean lines) {
            if (value == null) {
                return null;
            }
            if (FormText.hasControlCharacter(value, lines)) {
                problems.add(new Problem("offer.import.service.control", number, name, field));
            } else if (FormText.length(value) > max) {
                problems.add(new Problem("offer.import.service.tooLong", number, name, field, max));
            }
            return value;
        }

        int age(String field, JsonNode value, int otherwise) {
            if (value == null || value.isNull()) {
                return otherwise;
            }
            if (!value.isNumber() && !(value.isString() && value.asString().strip().matches("\\d{1,3}"))) {
                problems.add(new Problem("offer.import.service.age", number, name, field));
                return otherwise;
            }
            int years = value.isNumber() ? (int) Math.floor(value.asDouble()) : Integer.parseInt(value.asString().strip());
            if (years < 0 || years > 150) {
                problems.add(new Problem("offer.import.service.age", number, name, field));
                return otherwise;
            }
            if (field.equals("minimum_age") && years > ServiceDetails.OLDEST) {
                problems.add(new Problem("offer.import.service.ages", number, name));
                return otherwise;
            }
            return years;
        }

        void problem(String code) {
            problems.add(new Problem(code, number, name));
        }

        void done() throws Refused {
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
        }
    }

    /** A value's text, stripped; null when missing, not text or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !(value.isString() || value.isNumber())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String joined(String... parts) {
        List<String> given = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                given.add(part);
            }
        }
        return given.isEmpty() ? null : String.join(", ", given);
    }

    private static String idFrom(String id) {
        try {
            return String.valueOf(OpenReferralController.ourId("service", id));
        } catch (java.util.NoSuchElementException notOurs) {
            return "-";
        }
    }
}
