package uk.send.web.offer;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.ImportPreview;
import uk.send.commissioning.offer.ImportedService;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.ServiceView;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Downloads;

/**
 * The Local Offer editor's data in and out: an Open Referral UK file from another directory, shown as what it
 * would add and change before anything changes, then imported in one transaction (each service a new version,
 * the import audited); and the whole directory as CSV (audited as an export). The file waits in the editor's
 * session between the preview and the import, under a one-time token, so the import is exactly what was shown.
 */
@Controller
@RequestMapping(LocalOfferEditorController.HOME)
class OfferImportController {

    static final String HELD = "offerImport";
    static final String CSV_HEADER = "Id,Open Referral id,Name,Organisation,Status,Category,How to get it,Cost,Cost detail,"
            + "Youngest,Oldest,Footprint,Areas of need,Description,Who it is for,How to access,Place,Address,Postcode,"
            + "When,Phone,Email,Website,Accessibility,Last checked,Version";
    private static final int PREVIEW_ROWS = 200;
    private static final int EXPORT_PAGE = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file held between its preview and its import. */
    record Held(String token, String fileName, byte[] content, Category category, Access access) implements Serializable {
    }

    private final LocalOffer offer;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Downloads downloads;

    OfferImportController(LocalOffer offer, ReferenceData reference, MessageSource messages, Downloads downloads) {
        this.downloads = downloads;
        this.offer = offer;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("offerImportForm", OfferImportForm.empty());
        return page(model);
    }

    @PostMapping("/import")
    String preview(@ModelAttribute("offerImportForm") OfferImportForm form, BindingResult errors, Viewer viewer,
                   HttpSession session, Model model) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        if (form.category() == null && !errors.hasFieldErrors("category")) {
            errors.rejectValue("category", "offer.form.category.required");
        }
        if (form.access() == null && !errors.hasFieldErrors("access")) {
            errors.rejectValue("access", "offer.form.access.required");
        }
        byte[] content = null;
        if (form.file() == null || form.file().isEmpty()) {
            errors.rejectValue("file", "offer.import.file.required");
        } else if (form.file().getSize() > OpenReferralFile.MAX_BYTES) {
            errors.rejectValue("file", "offer.import.file.tooBig", new Object[] {OpenReferralFile.MAX_BYTES / 1024 / 1024}, null);
        } else {
            try {
                content = form.file().getBytes();
            } catch (IOException unreadable) {
                errors.rejectValue("file", "offer.import.file.notJson");
            }
        }
        List<ImportedService> services = null;
        if (content != null && !errors.hasErrors()) {
            services = read(content, form.category(), form.access(), errors);
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        String token = HexFormat.of().formatHex(token());
        String fileName = fileName(form);
        session.setAttribute(HELD, new Held(token, fileName, content, form.category(), form.access()));
        List<ImportPreview> preview = offer.previewImport(viewer, services);
        model.addAttribute("fileName", fileName);
        model.addAttribute("token", token);
        model.addAttribute("adding", preview.stream().filter(ImportPreview::adds).count());
        model.addAttribute("changing", preview.stream().filter(p -> !p.adds()).count());
        model.addAttribute("newOrganizations", preview.stream().filter(ImportPreview::newOrganization).count());
        model.addAttribute("preview", preview.subList(0, Math.min(PREVIEW_ROWS, preview.size())));
        model.addAttribute("notShown", Math.max(0, preview.size() - PREVIEW_ROWS));
        return "pages/local-offer-editor/import-preview";
    }

    @PostMapping("/import/apply")
    String apply(@RequestParam(required = false) String token, Viewer viewer, HttpSession session, Model model,
                 RedirectAttributes redirect) {
        Object held = session.getAttribute(HELD);
        if (!(held instanceof Held file) || token == null || !token.equals(file.token())) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.import.expired"));
            return "redirect:" + LocalOfferEditorController.HOME + "/import";
        }
        session.removeAttribute(HELD);
        BindingResult ignored = new org.springframework.validation.BeanPropertyBindingResult(OfferImportForm.empty(), "held");
        List<ImportedService> services = read(file.content(), file.category(), file.access(), ignored);
        if (services == null) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.import.expired"));
            return "redirect:" + LocalOfferEditorController.HOME + "/import";
        }
        int[] done = offer.importServices(viewer, services, file.fileName());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.import.done", done[0], done[1]));
        return "redirect:" + LocalOfferEditorController.HOME;
    }

    /** Every entry as CSV, a page of rows at a time from the database. */
    @GetMapping("/export.csv")
    void export(Viewer viewer, HttpServletResponse response) {
        try {
            Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(downloads.start(viewer, response,
                    "text/csv;charset=UTF-8", "local-offer.csv", "local-offer", "Local Offer CSV, every entry"),
                    StandardCharsets.UTF_8));
            out.write(CSV_HEADER + "\r\n");
            long after = 0;
            List<ServiceView> page;
            do {
                page = offer.exportPage(viewer, after, EXPORT_PAGE);
                for (ServiceView s : page) {
                    out.write(line(s));
                    after = s.id();
                }
            } while (page.size() == EXPORT_PAGE);
            out.flush();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    static String line(ServiceView s) {
        return Csv.line(s.id(), OpenReferralController.uuid("service", s.id()), s.name(), s.organizationName(),
                s.status(), s.category(), s.access(), s.cost(), s.costDetail(), s.minAge(), s.maxAge(),
                s.footprintName(), String.join(" ", s.needs().stream().map(n -> n.code()).toList()), s.description(),
                s.whoFor(), s.howToAccess(), s.locationName(), s.address(), s.postcode(), s.schedule(), s.phone(),
                s.email(), s.url(), s.accessibility(), s.lastCheckedOn(), s.version());
    }

    private List<ImportedService> read(byte[] content, Category category, Access access, BindingResult errors) {
        try {
            return OpenReferralFile.read(content, new OpenReferralFile.Defaults(category, access, messages,
                    reference.footprints()));
        } catch (OpenReferralFile.Refused refused) {
            for (OpenReferralFile.Problem problem : refused.problems) {
                errors.rejectValue("file", problem.code(), problem.args(), null);
            }
            return null;
        }
    }

    private String page(Model model) {
        model.addAttribute("categories", Choice.of(Category.class, "offer.category"));
        model.addAttribute("accesses", Choice.of(Access.class, "offer.access"));
        model.addAttribute("maxMegabytes", OpenReferralFile.MAX_BYTES / 1024 / 1024);
        return "pages/local-offer-editor/import";
    }

    private static byte[] token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private String fileName(OfferImportForm form) {
        String name = form.file().getOriginalFilename();
        if (name == null || name.isBlank()) {
            return messages.getMessage("offer.import.unnamed", null, Locale.UK);
        }
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).limit(100).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
