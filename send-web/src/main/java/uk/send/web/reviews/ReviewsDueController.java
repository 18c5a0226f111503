package uk.send.web.reviews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.ReviewProgress;
import uk.send.pathway.plan.ReviewsDueFilter;
import uk.send.pathway.plan.ReviewsDueSort;
import uk.send.web.support.Choice;
import uk.send.web.support.Paging;
import uk.send.web.support.ListCsv;

/**
 * The caseworker's reviews due and overdue this month and next ({@code /caseworker/reviews}): filtered, sorted and
 * paged by the database, and the whole filtered list as CSV with the labels the screen shows.
 */
@Controller
class ReviewsDueController {

    private final PlanReviews reviews;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;
    private final ListCsv listCsv;

    ReviewsDueController(PlanReviews reviews, ReferenceData reference, MessageSource messages, Clock clock, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.reviews = reviews;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    private static ReviewsDueFilter filter(Viewer viewer, String q, Long footprint, ReviewsDueFilter.When when,
                                           ReviewProgress progress) {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        return new ReviewsDueFilter(q == null || q.isBlank() ? null : q.strip(), footprintFilter, when, progress);
    }

    @GetMapping("/caseworker/reviews")
    String due(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
               @RequestParam(required = false) ReviewsDueFilter.When when,
               @RequestParam(required = false) ReviewProgress progress, @RequestParam(required = false) ReviewsDueSort sort,
               @RequestParam(defaultValue = "1") int page, Model model) {
        ReviewsDueFilter filter = filter(viewer, q, footprint, when, progress);
        ReviewsDueSort order = sort == null ? ReviewsDueSort.DUE : sort;
        PlanReviews.DueList list = reviews.due(viewer, filter, order, PageRequest.of(Paging.index(page), Paging.SIZE));
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("list", list);
        model.addAttribute("rows", list.page());
        model.addAttribute("paging", Paging.of(list.page(), "/caseworker/reviews", "q", filter.query(),
                "footprint", filter.footprintId(), "when", when, "progress", progress, "sort", sort));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("thisMonth", month.atDay(1));
        model.addAttribute("nextMonth", month.plusMonths(1).atDay(1));
        List<FootprintView> footprints = reference.footprints().stream()
                .filter(f -> viewer.footprintIds().contains(f.id())).toList();
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("whenChoices", Choice.of(ReviewsDueFilter.When.class, "reviews.when"));
        model.addAttribute("progressChoices", Choice.of(ReviewProgress.class, "reviews.progress"));
        return "pages/caseworker/reviews";
    }

    /** The whole filtered list, written row by row as the database returns it, headed by the screen's labels. */
    @GetMapping(value = "/caseworker/reviews.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
             @RequestParam(required = false) ReviewsDueFilter.When when,
             @RequestParam(required = false) ReviewProgress progress, @RequestParam(required = false) ReviewsDueSort sort,
             HttpServletResponse response) throws IOException {
        ReviewsDueFilter filter = filter(viewer, q, footprint, when, progress);
        Writer out = listCsv.start(viewer, response, "reviews-due", "annual reviews due"
                + (q == null || q.isBlank() ? "" : ", searched") + (footprint == null ? "" : ", footprint " + footprint)
                + (when == null ? "" : ", " + when) + (progress == null ? "" : ", " + progress));
        ReviewsDueCsv csv = new ReviewsDueCsv(key -> messages.getMessage(key, null, Locale.UK));
        out.write(csv.header());
        reviews.eachDue(viewer, filter, sort == null ? ReviewsDueSort.DUE : sort, row -> {
            try {
                out.write(csv.line(row));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        out.flush();
    }
}
