package uk.send.web.offer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.commissioning.offer.FeedbackCount;
import uk.send.commissioning.offer.OfferComments;
import uk.send.domain.access.Viewer;
import uk.send.pathway.plan.OutcomeTag;

/**
 * For commissioners: the Local Offer's published feedback ("You said, we did") by outcomes framework statement
 * and by footprint, counts only, beside the KPIs.
 */
@Controller
class OfferFeedbackController {

    /** One outcome's counts: by footprint, and in all. */
    record OutcomeRow(OutcomeTag outcome, List<FeedbackCount> byFootprint, long total) {
    }

    private final OfferComments comments;

    OfferFeedbackController(OfferComments comments) {
        this.comments = comments;
    }

    @GetMapping("/commissioner/local-offer-feedback")
    String feedback(Viewer viewer, Model model) {
        Map<OutcomeTag, List<FeedbackCount>> grouped = new LinkedHashMap<>();
        for (FeedbackCount count : comments.feedbackByOutcome(viewer)) {
            grouped.computeIfAbsent(count.outcome(), o -> new ArrayList<>()).add(count);
        }
        List<OutcomeRow> rows = new ArrayList<>();
        for (OutcomeTag outcome : OutcomeTag.values()) {
            List<FeedbackCount> counts = grouped.getOrDefault(outcome, List.of());
            rows.add(new OutcomeRow(outcome, counts, counts.stream().mapToLong(FeedbackCount::comments).sum()));
        }
        List<FeedbackCount> untagged = grouped.getOrDefault(null, List.of());
        model.addAttribute("rows", rows);
        model.addAttribute("untagged", untagged.stream().mapToLong(FeedbackCount::comments).sum());
        return "pages/commissioner/local-offer-feedback";
    }
}
