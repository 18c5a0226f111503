package uk.send.web.commissioning;

import java.util.List;

import uk.send.commissioning.placement.NewPlacement;
import uk.send.commissioning.placement.PlacementDecision;
import uk.send.domain.reference.NeedCode;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/** The INMSS register's forms, bound by the shared input mechanism; every text checked against its column. */
final class InmssForms {

    private InmssForms() {
    }

    /**
     * A new placement. {@code met} holds the positions (from 1) of the criteria ticked as met; {@code evidence} one
     * text a criterion, in order. The annual cost is typed in pounds and held in pence.
     */
    record PlacementForm(Long settingId, Long footprintId, NeedCode primaryNeed,
                         @Parsed String startDay, @Parsed String startMonth, @Parsed String startYear,
                         @Parsed String endDay, @Parsed String endMonth, @Parsed String endYear,
                         @Parsed String annualCost, Integer educationShare, Integer socialCareShare, Integer healthShare,
                         Integer expectedDurationMonths,
                         @TextInput(max = NewPlacement.OUTCOMES_MAX, lines = true) String agreedOutcomes,
                         @Parsed String transferDay, @Parsed String transferMonth, @Parsed String transferYear,
                         @TextInput(max = NewPlacement.TRANSFER_TO_MAX) String transferTo,
                         List<Integer> met,
                         @TextInput(max = NewPlacement.EVIDENCE_MAX, lines = true) List<String> evidence) {

        static PlacementForm empty(int criteria) {
            return new PlacementForm(null, null, null, null, null, null, null, null, null, null, 100, 0, 0, null, null,
                    null, null, null, null, List.of(), java.util.Collections.nCopies(criteria, ""));
        }

        /** The evidence typed for a criterion (from 1), or empty. */
        String evidenceFor(int position) {
            return evidence != null && evidence.size() >= position && evidence.get(position - 1) != null
                    ? evidence.get(position - 1) : "";
        }

        boolean isMet(int position) {
            return met != null && met.contains(position);
        }
    }

    /** Approve or refuse. */
    enum Outcome { APPROVE, REFUSE }

    record DecisionForm(Outcome outcome, @Parsed String day, @Parsed String month, @Parsed String year,
                        @TextInput(max = PlacementDecision.NOTE_MAX, lines = true) String note, Integer version) {
    }

    record ReviewForm(@Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear, Integer version) {
    }
}
