package uk.send.web.generator;

import java.util.Locale;

/**
 * How much data to generate: a council's footprints and settings, children with an EHC plan and children at SEN
 * Support. Everything else (open and closed needs assessments, carers, accounts, audit rows) follows from these in
 * fixed proportions, set in the areas that write them.
 *
 * @param name        as given on the command line ({@code la}, {@code large-la}, {@code national}), with the
 *                    percentage when scaled down
 * @param footprints  footprints (a caseworker's patch; at {@code national}, roughly one per local authority)
 * @param settings    schools and other settings, spread evenly across the footprints
 * @param plans       children with an EHC plan in force
 * @param senSupport  children at SEN Support (some of them with a needs assessment open or refused)
 */
public record Scale(String name, int footprints, int settings, int plans, int senSupport) {

    public static final Scale LA = new Scale("la", 7, 120, 3_000, 8_000);
    public static final Scale LARGE_LA = new Scale("large-la", 12, 600, 20_000, 60_000);
    public static final Scale NATIONAL = new Scale("national", 150, 24_000, 640_000, 1_300_000);

    /** Settings each footprint has at least, so that every phase has a school in every footprint. */
    static final int MINIMUM_SETTINGS_PER_FOOTPRINT = 8;

    public Scale {
        if (footprints < 1 || settings < footprints * MINIMUM_SETTINGS_PER_FOOTPRINT || plans < 0 || senSupport < 0) {
            throw new IllegalArgumentException("Scale " + name + " is not usable");
        }
        if (settings > 99_999) {
            throw new IllegalArgumentException("At most 99,999 settings: their URNs are 900001 to 999999");
        }
    }

    public static Scale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "la" -> LA;
            case "large-la" -> LARGE_LA;
            case "national" -> NATIONAL;
            default -> throw new IllegalArgumentException("Unknown scale " + name + " (la, large-la or national)");
        };
    }

    /** This scale's children scaled by {@code percent}; footprints kept, settings scaled but never too few. */
    public Scale percent(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("The percentage must be above 0 and at most 100");
        }
        if (percent == 100) {
            return this;
        }
        double f = percent / 100;
        return new Scale(name + "@" + percent + "%", footprints,
                Math.max(footprints * MINIMUM_SETTINGS_PER_FOOTPRINT, (int) Math.round(settings * f)),
                (int) Math.round(plans * f), (int) Math.round(senSupport * f));
    }

    /** Children with no special educational needs recorded (siblings, children referred and not assessed): 5%. */
    public int withoutSen() {
        return (plans + senSupport) / 20;
    }

    public int children() {
        return plans + senSupport + withoutSen();
    }
}
