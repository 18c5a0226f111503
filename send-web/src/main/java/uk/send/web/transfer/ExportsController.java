package uk.send.web.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildExportRow;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanExportRow;
import uk.send.web.children.ChildrenListCsv;
import uk.send.web.support.ListCsv;

/**
 * An administrator's exports of every child and every EHC plan, as CSV streamed page by page (one statement a
 * thousand rows, never the whole table in memory), with the labels the pages show and every cell safe to open in
 * a spreadsheet. Each export is audited as a download before its first row is sent.
 */
@Controller
class ExportsController {

    static final int PAGE = 1000;

    private final ChildDirectory children;
    private final EhcPlans plans;
    private final MessageSource messages;
    private final ChildrenListCsv childrenList;
    private final ListCsv listCsv;

    ExportsController(ChildDirectory children, EhcPlans plans, MessageSource messages,
                      ChildrenListCsv childrenList, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.childrenList = childrenList;
        this.children = children;
        this.plans = plans;
        this.messages = messages;
    }

    /** The administrator's list of children, searched as the screen is, as CSV with the screen's labels; audited. */
    @GetMapping(value = "/admin/children.csv", produces = "text/csv")
    void childrenList(Viewer viewer, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        childrenList.write(viewer, q, null, response);
    }

    @GetMapping(value = "/admin/exports/children.csv", produces = "text/csv")
    void children(Viewer viewer, HttpServletResponse response) throws IOException {
        try (Writer writer = listCsv.start(viewer, response, "children", "every child's record, for migration")) {
            SafeCsv csv = new SafeCsv(writer);
            csv.row(header("reference", "givenName", "familyName", "dateOfBirth", "upn", "nhsNumber", "homePostcode",
                    "footprint", "settingUrn", "setting", "senProvision", "primaryNeed", "secondaryNeed"));
            long after = 0;
            List<ChildExportRow> page;
            do {
                page = children.exportPage(viewer, after, PAGE);
                for (ChildExportRow c : page) {
                    csv.row(Arrays.asList(c.reference(), c.givenName(), c.familyName(), c.dateOfBirth(), c.upn(),
                            c.nhsNumber(), c.homePostcode(), c.footprint(), c.settingUrn(), c.settingName(),
                            label("provision.", c.senProvision()), label("need.", c.primaryNeed()),
                            label("need.", c.secondaryNeed())));
                    after = c.id();
                }
                csv.flush();
            } while (page.size() == PAGE);
        }
    }

    @GetMapping(value = "/admin/exports/plans.csv", produces = "text/csv")
    void plans(Viewer viewer, HttpServletResponse response) throws IOException {
        try (Writer writer = listCsv.start(viewer, response, "ehc-plans", "every EHC plan, for migration")) {
            SafeCsv csv = new SafeCsv(writer);
            csv.row(header("childReference", "givenName", "familyName", "dateOfBirth", "upn", "firstIssued",
                    "latestVersion", "latestIssued", "placementUrn", "placement", "ceasedOn"));
            long after = 0;
            List<PlanExportRow> page;
            do {
                page = plans.exportPage(viewer, after, PAGE);
                for (PlanExportRow p : page) {
                    csv.row(Arrays.asList(p.childReference(), p.givenName(), p.familyName(), p.dateOfBirth(), p.upn(),
                            p.firstIssued(), label("plan.kind.", p.latestKind()),
                            p.latestIssued(), p.placementUrn(), p.placementName(), p.ceasedOn()));
                    after = p.planId();
                }
                csv.flush();
            } while (page.size() == PAGE);
        }
    }

    /** The label the pages show for a code; empty for none. */
    private String label(String prefix, Enum<?> code) {
        return code == null ? null : messages.getMessage(prefix + code.name(), null, Locale.UK);
    }

    private List<String> header(String... keys) {
        return Arrays.stream(keys).map(k -> messages.getMessage("export.column." + k, null, Locale.UK)).toList();
    }
}
