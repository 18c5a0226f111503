package uk.send.web.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Urn;

/**
 * Footprints and settings. Each footprint's first {@value Scale#MINIMUM_SETTINGS_PER_FOOTPRINT} settings cover
 * every phase (early years, primary, secondary, special, post-16, a resource base and alternative provision); the
 * rest are mostly primary schools, as in England.
 */
final class ReferenceArea implements Area {

    /** Synthetic schools' URNs from 900001 up (the demo's sit in the 990000s). */
    static final int FIRST_URN = 900_001;

    /** The first settings of every footprint, so that each phase has one. */
    private static final List<Kind> FIRST = List.of(
            new Kind(SettingType.EARLY_YEARS, Phase.EARLY_YEARS, "Nursery"),
            new Kind(SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, "Primary School"),
            new Kind(SettingType.MAINSTREAM_ACADEMY, Phase.SECONDARY, "Academy"),
            new Kind(SettingType.SPECIAL_MAINTAINED, Phase.ALL_THROUGH, "Special School"),
            new Kind(SettingType.POST_16, Phase.POST_16, "College"),
            new Kind(SettingType.MAINSTREAM_ACADEMY, Phase.PRIMARY, "Primary Academy"),
            new Kind(SettingType.RESOURCE_BASE, Phase.PRIMARY, "Primary School Resource Base"),
            new Kind(SettingType.ALTERNATIVE_PROVISION, Phase.SECONDARY, "Learning Centre"));

    /** The rest, by weight out of 100. */
    private static final List<Kind> MORE = List.of(
            new Kind(SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, "Primary School", 34),
            new Kind(SettingType.MAINSTREAM_ACADEMY, Phase.PRIMARY, "Primary Academy", 26),
            new Kind(SettingType.MAINSTREAM_ACADEMY, Phase.SECONDARY, "Academy", 12),
            new Kind(SettingType.MAINSTREAM_MAINTAINED, Phase.SECONDARY, "High School", 3),
            new Kind(SettingType.EARLY_YEARS, Phase.EARLY_YEARS, "Nursery", 8),
            new Kind(SettingType.SPECIAL_ACADEMY, Phase.ALL_THROUGH, "Special Academy", 5),
            new Kind(SettingType.POST_16, Phase.POST_16, "Sixth Form College", 5),
            new Kind(SettingType.INMSS, Phase.ALL_THROUGH, "School (independent specialist)", 3),
            new Kind(SettingType.ALTERNATIVE_PROVISION, Phase.SECONDARY, "Pupil Referral Unit", 2),
            new Kind(SettingType.RESOURCE_BASE, Phase.SECONDARY, "Academy Resource Base", 2));

    private record Kind(SettingType type, Phase phase, String suffix, int weight) {
        Kind(SettingType type, Phase phase, String suffix) {
            this(type, phase, suffix, 0);
        }
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public void generate(Generation g) {
        SplittableRandom random = g.random(name());
        CopyTable footprints = g.table("footprint", "id, code, name, created_at");
        CopyTable settings = g.table("setting", "id, urn, name, type, phase, footprint_id, host_setting_id, in_area, created_at");
        var created = Generation.at(g.today.minusYears(2), 9, 0);
        int perFootprint = g.scale.settings() / g.scale.footprints();
        int extra = g.scale.settings() % g.scale.footprints();
        for (int f = 0; f < g.scale.footprints(); f++) {
            long id = g.nextId("footprint");
            String code = String.format("FP-%03d", f + 1);
            String name = Names.place(f) + " and district";
            footprints.add(id).add(code).add(name).add(created).end();
            g.footprints.add(new Generation.Footprint(id, code, name));
            g.audit(created, null, "system", AuditAction.FOOTPRINT_CREATED,
                    "FOOTPRINT", id, null);
            Long primaryHost = null;
            Long secondaryHost = null;
            int count = perFootprint + (f < extra ? 1 : 0);
            for (int i = 0; i < count; i++) {
                Kind kind = i < FIRST.size() ? FIRST.get(i) : weighted(random);
                long settingId = g.nextId("setting");
                Long host = null;
                if (kind.type() == SettingType.RESOURCE_BASE) {
                    host = kind.phase() == Phase.PRIMARY || secondaryHost == null ? primaryHost : secondaryHost;
                } else if (kind.type().isMainstream() && kind.phase() == Phase.PRIMARY && primaryHost == null) {
                    primaryHost = settingId;
                } else if (kind.type().isMainstream() && kind.phase() == Phase.SECONDARY && secondaryHost == null) {
                    secondaryHost = settingId;
                }
                String urn = Urn.of(Integer.toString(FIRST_URN + g.settings.size())).value();
                String settingName = Names.place(g.settings.size() + f) + " " + kind.suffix();
                // out of the area: every independent specialist school and about one special academy in four (a
                // neighbouring council's, chosen by position so the random draws stay as they were); the rest in it
                boolean inArea = kind.type() != SettingType.INMSS
                        && !(kind.type() == SettingType.SPECIAL_ACADEMY && g.settings.size() % 4 == 0);
                settings.add(settingId).add(urn).add(settingName).add(kind.type().name()).add(kind.phase().name())
                        .add(id).add(host).add(inArea).add(created).end();
                g.settings.add(new Generation.Setting(settingId, urn, settingName, kind.type(), kind.phase(), f));
            }
        }
    }

    private static Kind weighted(SplittableRandom random) {
        int r = random.nextInt(100);
        for (Kind kind : MORE) {
            r -= kind.weight();
            if (r < 0) {
                return kind;
            }
        }
        return MORE.get(0);
    }

    /** The settings of each footprint, by index into {@link Generation#settings}. */
    static List<List<Integer>> byFootprint(Generation g) {
        List<List<Integer>> by = new ArrayList<>();
        for (int f = 0; f < g.footprints.size(); f++) {
            by.add(new ArrayList<>());
        }
        for (int i = 0; i < g.settings.size(); i++) {
            by.get(g.settings.get(i).footprint()).add(i);
        }
        return by;
    }
}
