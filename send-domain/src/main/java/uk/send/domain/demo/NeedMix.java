package uk.send.domain.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.send.domain.reference.NeedCode;

/**
 * Roughly England's mix of primary needs, for synthetic children (the demo's and the scale generator's): autism, SEMH
 * and speech and language most common, sensory needs rare. Drawn uniformly from {@link #WEIGHTED}, each need appears
 * as often as its weight.
 */
public final class NeedMix {

    public static final List<NeedCode> WEIGHTED = weighted();

    private NeedMix() {
    }

    private static List<NeedCode> weighted() {
        Map<NeedCode, Integer> weights = new EnumMap<>(NeedCode.class);
        weights.put(NeedCode.ASD, 20);
        weights.put(NeedCode.SEMH, 18);
        weights.put(NeedCode.SLCN, 18);
        weights.put(NeedCode.MLD, 12);
        weights.put(NeedCode.SPLD, 10);
        weights.put(NeedCode.SLD, 4);
        weights.put(NeedCode.PD, 4);
        weights.put(NeedCode.HI, 3);
        weights.put(NeedCode.OTH, 3);
        weights.put(NeedCode.NSA, 3);
        weights.put(NeedCode.PMLD, 2);
        weights.put(NeedCode.VI, 2);
        weights.put(NeedCode.MSI, 1);
        List<NeedCode> needs = new ArrayList<>();
        weights.forEach((need, weight) -> needs.addAll(Collections.nCopies(weight, need)));
        return List.copyOf(needs);
    }
}
