package uk.send.domain.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GIAS names of establishment types, phases and statuses, mapped onto the service's codes. A type the
 * service does not record (an independent mainstream school, a higher education institution, a Welsh
 * establishment, a children's centre) maps to nothing and its rows are left out.
 */
public final class GiasCodes {

    private static final Map<String, SettingType> TYPES = Map.ofEntries(
            Map.entry("community school", SettingType.MAINSTREAM_MAINTAINED),
            Map.entry("voluntary aided school", SettingType.MAINSTREAM_MAINTAINED),
            Map.entry("voluntary controlled school", SettingType.MAINSTREAM_MAINTAINED),
            Map.entry("foundation school", SettingType.MAINSTREAM_MAINTAINED),
            Map.entry("academy converter", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("academy sponsor led", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("free schools", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("university technical college", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("studio schools", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("city technology college", SettingType.MAINSTREAM_ACADEMY),
            Map.entry("community special school", SettingType.SPECIAL_MAINTAINED),
            Map.entry("foundation special school", SettingType.SPECIAL_MAINTAINED),
            Map.entry("academy special converter", SettingType.SPECIAL_ACADEMY),
            Map.entry("academy special sponsor led", SettingType.SPECIAL_ACADEMY),
            Map.entry("free schools special", SettingType.SPECIAL_ACADEMY),
            Map.entry("non-maintained special school", SettingType.INMSS),
            Map.entry("other independent special school", SettingType.INMSS),
            Map.entry("pupil referral unit", SettingType.ALTERNATIVE_PROVISION),
            Map.entry("academy alternative provision converter", SettingType.ALTERNATIVE_PROVISION),
            Map.entry("academy alternative provision sponsor led", SettingType.ALTERNATIVE_PROVISION),
            Map.entry("free schools alternative provision", SettingType.ALTERNATIVE_PROVISION),
            Map.entry("further education", SettingType.POST_16),
            Map.entry("sixth form centres", SettingType.POST_16),
            Map.entry("academy 16-19 converter", SettingType.POST_16),
            Map.entry("academy 16-19 sponsor led", SettingType.POST_16),
            Map.entry("free schools 16 to 19", SettingType.POST_16),
            Map.entry("academy 16 to 19 sponsor led", SettingType.POST_16),
            Map.entry("local authority nursery school", SettingType.EARLY_YEARS));

    private static final Map<String, Phase> PHASES = Map.of(
            "nursery", Phase.EARLY_YEARS,
            "primary", Phase.PRIMARY,
            "middle deemed primary", Phase.PRIMARY,
            "secondary", Phase.SECONDARY,
            "middle deemed secondary", Phase.SECONDARY,
            "16 plus", Phase.POST_16,
            "all-through", Phase.ALL_THROUGH);

    private GiasCodes() {
    }

    /** The setting type for a GIAS {@code TypeOfEstablishment (name)}; empty when the service does not record it. */
    public static Optional<SettingType> type(String giasType) {
        return Optional.ofNullable(TYPES.get(key(giasType)));
    }

    /**
     * The phase for a GIAS {@code PhaseOfEducation (name)}. "Not applicable" (special schools, colleges, PRUs)
     * takes the phase the type implies: post-16 for a college, early years for a nursery, all-through otherwise.
     */
    public static Optional<Phase> phase(String giasPhase, SettingType type) {
        Phase phase = PHASES.get(key(giasPhase));
        if (phase != null) {
            return Optional.of(phase);
        }
        if (!"not applicable".equals(key(giasPhase)) && !key(giasPhase).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case POST_16 -> Phase.POST_16;
            case EARLY_YEARS -> Phase.EARLY_YEARS;
            default -> Phase.ALL_THROUGH;
        });
    }

    /** Whether a GIAS {@code EstablishmentStatus (name)} means open ("Open", "Open, but proposed to close"). */
    public static boolean isOpen(String giasStatus) {
        return key(giasStatus).startsWith("open");
    }

    /** Whether a GIAS status means not yet open ("Proposed to open"): such a setting is not added yet. */
    public static boolean isProposed(String giasStatus) {
        return key(giasStatus).startsWith("proposed to open");
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
