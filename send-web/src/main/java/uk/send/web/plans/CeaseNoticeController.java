package uk.send.web.plans;

import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Viewer;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanView;
import uk.send.web.documents.AccessiblePdf;
import uk.send.web.documents.DocumentInfo;
import uk.send.web.support.CouncilSettings;
import uk.send.web.support.Downloads;

/**
 * The notice that a plan has ceased, as a PDF/UA document made by the same machinery as the plan's: the reason,
 * the date, and the family's right of appeal with its last day from the statutory calendar. For everyone who
 * reads the plan ({@link EhcPlans} scopes and audits it); linked from the notice's page.
 */
@Controller
class CeaseNoticeController {

    private final EhcPlans plans;
    private final AccessiblePdf pdf;
    private final CouncilSettings council;
    private final MessageSource messages;
    private final Downloads downloads;

    CeaseNoticeController(EhcPlans plans, AccessiblePdf pdf, CouncilSettings council, MessageSource messages, Downloads downloads) {
        this.downloads = downloads;
        this.plans = plans;
        this.pdf = pdf;
        this.council = council;
        this.messages = messages;
    }

    @GetMapping("/plans/{id}/ceased.pdf")
    ResponseEntity<byte[]> notice(@PathVariable long id, Viewer viewer) {
        PlanView plan = plans.view(viewer, id);
        if (plan.ceasedOn() == null) {
            throw new NoSuchElementException("The plan has not ceased");
        }
        downloads.document(viewer, "PLAN", id, "notice that the EHC plan ceased (PDF)");
        String title = messages.getMessage("ceased.title", new Object[] {plan.childName()}, Locale.UK);
        byte[] body = pdf.render("cease-notice", Map.of("plan", plan, "appealBy", plan.appealBy()),
                new DocumentInfo(title, council.name(), messages.getMessage("ceased.documentSubject", null, Locale.UK),
                        "en-GB", plan.ceasedOn()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ehc-plan-" + id + "-ceased.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
