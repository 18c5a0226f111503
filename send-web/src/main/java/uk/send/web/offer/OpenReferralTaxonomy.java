package uk.send.web.offer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.domain.reference.NeedCode;

/**
 * The Local Offer's own four vocabularies, published as Open Referral taxonomies: a service's category, how it is
 * reached, whether it costs, and the areas of need it is for (the SEN2 census codes). Ids are name-based UUIDs
 * of the vocabulary and code, so they never change and read back to the code (for filters and imports).
 */
enum OpenReferralTaxonomy {

    CATEGORY("local-offer-category", "service_type", "offer.category."),
    ACCESS("local-offer-access", "access", "offer.access."),
    COST("local-offer-cost", "cost", "offer.cost."),
    NEED("send-need", "eligibility", null);

    /** A term of a vocabulary: its code (our enum's name, or the census code of a need) and its id. */
    record Term(OpenReferralTaxonomy taxonomy, String code) {

        String id() {
            return uuid(taxonomy.key + ":" + code);
        }

        String name(MessageSource messages) {
            return taxonomy == NEED ? NeedCode.fromCode(code).description()
                    : messages.getMessage(taxonomy.messagePrefix + code, null, code, Locale.UK);
        }
    }

    final String key;
    /** What a link to one of the vocabulary's terms says about the service (Open Referral's {@code link_type}). */
    final String linkType;
    private final String messagePrefix;

    OpenReferralTaxonomy(String key, String linkType, String messagePrefix) {
        this.key = key;
        this.linkType = linkType;
        this.messagePrefix = messagePrefix;
    }

    String id() {
        return uuid("taxonomy:" + key);
    }

    String description() {
        return switch (this) {
            case CATEGORY -> "The kind of service, as the Local Offer's search groups them";
            case ACCESS -> "How a family gets the service: open to all, by referral, or after an assessment";
            case COST -> "Whether the service is free";
            case NEED -> "Areas of special educational need, as coded in the SEN2 and school census";
        };
    }

    List<Term> terms() {
        List<String> codes = switch (this) {
            case CATEGORY -> Arrays.stream(Category.values()).map(Enum::name).toList();
            case ACCESS -> Arrays.stream(Access.values()).map(Enum::name).toList();
            case COST -> Arrays.stream(Cost.values()).map(Enum::name).toList();
            case NEED -> LocalOffer.needs().stream().map(NeedCode::code).toList();
        };
        return codes.stream().map(c -> new Term(this, c)).toList();
    }

    static List<Term> allTerms() {
        List<Term> all = new ArrayList<>();
        for (OpenReferralTaxonomy taxonomy : values()) {
            all.addAll(taxonomy.terms());
        }
        return all;
    }

    static Optional<OpenReferralTaxonomy> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(String.valueOf(id))).findFirst();
    }

    static Optional<OpenReferralTaxonomy> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    static Optional<Term> term(String id) {
        return allTerms().stream().filter(t -> t.id().equalsIgnoreCase(String.valueOf(id))).findFirst();
    }

    /** A term by its vocabulary's key and its code (or its name, as another directory may give it). */
    static Optional<Term> term(OpenReferralTaxonomy taxonomy, String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return taxonomy.terms().stream().filter(t -> t.code().equalsIgnoreCase(wanted)
                || t.code().equalsIgnoreCase(wanted.replace(' ', '_'))).findFirst();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
