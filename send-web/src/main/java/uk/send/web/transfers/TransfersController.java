package uk.send.web.transfers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import uk.send.pathway.transfer.PhaseTransfer;
import uk.send.pathway.transfer.PhaseTransfers;
import uk.send.pathway.transfer.TransferFilter;
import uk.send.pathway.transfer.TransferKind;
import uk.send.pathway.transfer.TransferReview;
import uk.send.pathway.transfer.TransferSort;
import uk.send.pathway.transfer.TransferStatus;
import uk.send.web.support.Choice;
import uk.send.domain.files.Csv;
import uk.send.web.support.Paging;
import uk.send.web.support.ListCsv;

/** The coming phase transfers in a caseworker's footprints: the list, filtered, sorted and paged, and its CSV. */
@Controller
class TransfersController {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The CSV's columns, with the labels the page shows. */
    static final List<String> COLUMNS = List.of("transfers.child", "transfers.dateOfBirth", "transfers.upn",
            "transfers.footprint", "transfers.setting", "transfers.kind", "transfers.deadline",
            "transfers.reviewStartBy", "transfers.reviewLate", "transfers.review", "transfers.reviewMeeting",
            "transfers.status", "transfers.named",
            "transfers.namedOnLabel");

    private final PhaseTransfers transfers;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final ListCsv listCsv;

    TransfersController(PhaseTransfers transfers, ReferenceData reference, MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.transfers = transfers;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/caseworker/transfers")
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                @RequestParam(required = false) TransferKind kind, @RequestParam(required = false) TransferStatus status,
                @RequestParam(required = false) TransferReview review,
                @RequestParam(required = false) TransferSort sort, @RequestParam(defaultValue = "1") int page,
                Model model) {
        TransferFilter filter = filter(viewer, q, footprint, kind, status, review);
        TransferSort order = sort == null ? TransferSort.DEADLINE : sort;
        PhaseTransfers.TransferList list = transfers.list(viewer, filter, order,
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("transfers", list.page());
        model.addAttribute("counts", list.countsByStatus());
        model.addAttribute("year", list.year());
        model.addAttribute("deadlines", list.deadlines());
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("paging", Paging.of(list.page(), "/caseworker/transfers", "q", q, "footprint",
                filter.footprintId(), "kind", kind, "status", status, "review", review, "sort", sort));
        List<FootprintView> footprints = reference.footprints().stream()
                .filter(f -> viewer.footprintIds().contains(f.id())).toList();
        model.addAttribute("footprints", footprints);
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("kindChoices", Choice.of(TransferKind.class, "transferKind"));
        model.addAttribute("statusChoices", Choice.of(TransferStatus.class, "transferStatus"));
        model.addAttribute("reviewChoices", Choice.of(TransferReview.class, "transferReview"));
        return "pages/caseworker/transfers";
    }

    /** The whole filtered list in the page's order, with the page's labels, written as the database returns it. */
    @GetMapping(value = "/caseworker/transfers.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
             @RequestParam(required = false) TransferKind kind, @RequestParam(required = false) TransferStatus status,
             @RequestParam(required = false) TransferReview review,
             @RequestParam(required = false) TransferSort sort, Locale locale, HttpServletResponse response)
            throws IOException {
        TransferFilter filter = filter(viewer, q, footprint, kind, status, review);
        Writer out = listCsv.start(viewer, response, "phase-transfers", "phase transfers"
                + (q == null || q.isBlank() ? "" : ", searched") + (footprint == null ? "" : ", footprint " + footprint)
                + (kind == null ? "" : ", " + kind) + (status == null ? "" : ", " + status)
                + (review == null ? "" : ", " + review));
        out.write(Csv.line(COLUMNS.stream().map(key -> text(key, locale)).toArray()));
        transfers.each(viewer, filter, sort == null ? TransferSort.DEADLINE : sort, t -> {
            try {
                out.write(Csv.line(line(t, locale).toArray()));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        out.flush();
    }

    private List<Object> line(PhaseTransfer t, Locale locale) {
        return java.util.Arrays.asList(t.familyName() + ", " + t.givenName(), date(t.dateOfBirth()), t.upn(),
                t.footprintName(), t.settingName(), text("transferKind." + t.kind(), locale), date(t.deadline()),
                date(t.reviewStartBy()), text(t.reviewLate() ? "transfers.yes" : "transfers.no", locale),
                text("transferReview." + t.review(), locale), date(t.reviewMeetingOn()),
                text("transferStatus." + t.status(), locale), t.namedSettingName(), date(t.namedOn()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : SHORT_DATE.format(date);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static TransferFilter filter(Viewer viewer, String q, Long footprint, TransferKind kind,
                                         TransferStatus status, TransferReview review) {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        return new TransferFilter(q, footprintFilter, kind, status, review);
    }
}
