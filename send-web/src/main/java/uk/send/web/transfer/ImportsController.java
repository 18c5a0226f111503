package uk.send.web.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.GiasEstablishment;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingChange;
import uk.send.domain.reference.SettingChanges;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;
import uk.send.web.support.Notice;
import uk.send.web.support.Downloads;

/**
 * Bringing data in: a GIAS extract (its changes to the settings shown, then applied in one transaction) and a
 * children migration file (checked and imported in the background, followed on its own page).
 */
@Controller
@RequestMapping("/admin/imports")
@EnableConfigurationProperties(ImportSettings.class)
class ImportsController {

    private static final String HOME = "/admin/imports";
    private static final int LATEST = 20;
    private static final int FILE_NAME_MAX = 200;

    private final DataImports imports;
    private final ReferenceData reference;
    private final ChildrenImportWorker worker;
    private final ImportSettings settings;
    private final AuditLog audit;
    private final Downloads downloads;

    ImportsController(DataImports imports, ReferenceData reference, ChildrenImportWorker worker, ImportSettings settings,
                      AuditLog audit, Downloads downloads) {
        this.downloads = downloads;
        this.imports = imports;
        this.reference = reference;
        this.worker = worker;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping
    String home(Viewer viewer, Model model) {
        if (!model.containsAttribute("giasForm")) {
            model.addAttribute("giasForm", new UploadForms.GiasUpload(null));
        }
        if (!model.containsAttribute("childrenForm")) {
            model.addAttribute("childrenForm", new UploadForms.ChildrenUpload(null));
        }
        if (!model.containsAttribute("plansForm")) {
            model.addAttribute("plansForm", new UploadForms.PlansUpload(null));
        }
        if (!model.containsAttribute("supportForm")) {
            model.addAttribute("supportForm", new UploadForms.SupportUpload(null));
        }
        if (!model.containsAttribute("awardsForm")) {
            model.addAttribute("awardsForm", new UploadForms.AwardsUpload(null));
        }
        model.addAttribute("imports", imports.latest(viewer, LATEST));
        model.addAttribute("laCode", settings.laCode());
        model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
        return "pages/admin/imports";
    }

    /** A GIAS extract: kept, and its changes shown on its own page before anything is changed. */
    @PostMapping("/gias")
    String uploadGias(@ModelAttribute("giasForm") UploadForms.GiasUpload form, BindingResult errors, Viewer viewer,
                      Model model) {
        requireBound(errors);
        byte[] content = content(form.extract(), "extract", errors);
        if (content != null) {
            try {
                GiasExtract.read(content, settings);
            } catch (UnreadableFileException unreadable) {
                errors.rejectValue("extract", "import.file." + unreadable.reason(), new Object[] {unreadable.detail()}, null);
            }
        }
        if (errors.hasErrors()) {
            return home(viewer, model);
        }
        long id = imports.upload(ImportKind.GIAS, ImportStatus.PREVIEWED, fileName(form.extract()), content, viewer);
        return "redirect:" + HOME + "/" + id;
    }

    /** A children migration file: kept, then checked and imported in the background. */
    @PostMapping("/children")
    String uploadChildren(@ModelAttribute("childrenForm") UploadForms.ChildrenUpload form, BindingResult errors,
                          Viewer viewer, Model model) {
        return migration(ImportKind.CHILDREN, form.migration(), "migration", errors, viewer, model);
    }

    /** An EHC plans migration file (children imported first): kept, then checked and imported in the background. */
    @PostMapping("/plans")
    String uploadPlans(@ModelAttribute("plansForm") UploadForms.PlansUpload form, BindingResult errors,
                       Viewer viewer, Model model) {
        return migration(ImportKind.PLANS, form.plansFile(), "plansFile", errors, viewer, model);
    }

    /** A SEN Support migration file (children imported first): kept, then checked and imported in the background. */
    @PostMapping("/sen-support")
    String uploadSupport(@ModelAttribute("supportForm") UploadForms.SupportUpload form, BindingResult errors,
                         Viewer viewer, Model model) {
        return migration(ImportKind.SEN_SUPPORT, form.supportFile(), "supportFile", errors, viewer, model);
    }

    /** A top-up awards migration file (children imported first): kept, then checked and imported in the background. */
    @PostMapping("/awards")
    String uploadAwards(@ModelAttribute("awardsForm") UploadForms.AwardsUpload form, BindingResult errors,
                        Viewer viewer, Model model) {
        return migration(ImportKind.AWARDS, form.awardsFile(), "awardsFile", errors, viewer, model);
    }

    /** A migration file: refused on the page unless readable CSV with the template's columns; else kept and queued. */
    private String migration(ImportKind kind, MultipartFile file, String field, BindingResult errors, Viewer viewer,
                             Model model) {
        requireBound(errors);
        byte[] content = content(file, field, errors);
        if (content != null) {
            try {
                UploadedCsv.read(content, settings.maxRows(), new java.util.LinkedHashSet<>(worker.file(kind).columns()));
            } catch (UnreadableFileException unreadable) {
                errors.rejectValue(field, "import.file." + unreadable.reason(), new Object[] {unreadable.detail()}, null);
            }
        }
        if (errors.hasErrors()) {
            return home(viewer, model);
        }
        long id = imports.upload(kind, ImportStatus.QUEUED, fileName(file), content, viewer);
        worker.submit(id, viewer);
        return "redirect:" + HOME + "/" + id;
    }

    /**
     * An import's page: a GIAS extract's changes (with the button that applies them) or what it changed; a
     * migration's progress, refreshed every few seconds while it runs (a Refresh header: no script needed), then
     * its outcome.
     */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Viewer viewer, Model model, HttpServletResponse response) {
        ImportView found = imports.find(id, viewer);
        model.addAttribute("upload", found);
        if (found.kind() == ImportKind.GIAS && found.status() == ImportStatus.PREVIEWED) {
            try {
                model.addAttribute("changes", reference.previewSettings(GiasExtract.read(imports.content(id), settings)));
            } catch (UnreadableFileException unreadable) {
                throw new NoSuchElementException("A kept extract that cannot be read");
            }
        }
        if (found.status().isRunning()) {
            response.setHeader("Refresh", "3");
        }
        return "pages/admin/import";
    }

    /** Applies a previewed GIAS extract, in one transaction; audited with what it changed. */
    @PostMapping("/{id}/apply")
    String apply(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
        ImportView found = imports.find(id, viewer);
        if (found.kind() != ImportKind.GIAS || found.status() != ImportStatus.PREVIEWED) {
            throw new NoSuchElementException("Not an extract waiting to be applied");
        }
        List<GiasEstablishment> extract;
        try {
            extract = GiasExtract.read(imports.content(id), settings);
        } catch (UnreadableFileException unreadable) {
            throw new NoSuchElementException("A kept extract that cannot be read");
        }
        if (!imports.claim(id, ImportStatus.PREVIEWED, ImportStatus.IMPORTING)) {
            throw new NoSuchElementException("Already applied");
        }
        SettingChanges applied;
        try {
            applied = reference.applySettings(extract, viewer);
        } catch (RuntimeException failure) {
            imports.finish(id, ImportStatus.FAILED, null, null);
            throw failure;
        }
        String summary = applied.count(SettingChange.Kind.ADDED) + " added, " + applied.count(SettingChange.Kind.CHANGED)
                + " changed, " + applied.count(SettingChange.Kind.CLOSED) + " closed, "
                + applied.count(SettingChange.Kind.REOPENED) + " reopened, " + applied.unchanged() + " unchanged";
        imports.finish(id, ImportStatus.APPLIED, summary, null);
        audit.record(viewer, AuditAction.SETTINGS_IMPORTED, "DATA_IMPORT", id, summary);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("import.gias.applied", applied.applied()));
        return "redirect:" + HOME + "/" + id;
    }

    /** The rows a migration refused, as CSV (row, column, problem): no value from the file is repeated. */
    @GetMapping(value = "/{id}/errors.csv", produces = "text/csv")
    ResponseEntity<byte[]> errors(@PathVariable long id, Viewer viewer) {
        String report = imports.errorReport(id, viewer).orElseThrow(() -> new NoSuchElementException("No error report"));
        downloads.document(viewer, "DATA_IMPORT", id, "rows refused by the migration");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"")
                .body(report.getBytes(StandardCharsets.UTF_8));
    }

    /** The children migration template: its header row and one synthetic example. */
    @GetMapping(value = "/templates/children.csv", produces = "text/csv")
    ResponseEntity<byte[]> childrenTemplate() {
        return template("children", ChildrenFile.COLUMNS,
                "OLD-000123,Amelia,Example,14/03/2016,,,DB1 4AA,,Sam,Example,MOTHER,yes,sam@example.invalid,"
                        + "01632 960123,\"1 Example Street, Demo Town\"");
    }

    /** The EHC plans migration template: its header row and two synthetic examples (in force, and ceased). */
    @GetMapping(value = "/templates/plans.csv", produces = "text/csv")
    ResponseEntity<byte[]> plansTemplate() {
        return template("plans", PlansFile.COLUMNS, "OLD-000123,,12/09/2023,ACTIVE,990001,ASD,10/09/2025,,\r\n"
                + "OLD-000124,,01/02/2021,CEASED,990001,SLCN,,31/07/2025,NEEDS_MET_WITHOUT_PLAN");
    }

    /** The SEN Support migration template: its header row and one synthetic example. */
    @GetMapping(value = "/templates/sen-support.csv", produces = "text/csv")
    ResponseEntity<byte[]> supportTemplate() {
        return template("sen-support", SupportFile.COLUMNS, "OLD-000125,,03/09/2024,SEMH,SLCN,990001");
    }

    /** The top-up awards migration template: its header row and two synthetic examples (value given, and the band's). */
    @GetMapping(value = "/templates/awards.csv", produces = "text/csv")
    ResponseEntity<byte[]> awardsTemplate() {
        return template("awards", AwardsFile.COLUMNS, "OLD-000125,,990001,Band B,01/09/2025,31/07/2026,550000,"
                + "01/03/2026\r\nOLD-000124,,990001,Band A,2026-04-01,2027-03-31,,2027-01-15");
    }

    private static ResponseEntity<byte[]> template(String name, List<String> columns, String example) {
        String template = String.join(",", columns) + "\r\n" + example + "\r\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-template.csv\"")
                .body(template.getBytes(StandardCharsets.UTF_8));
    }

    /** The uploaded bytes, or null with an error on the form (no file, empty, too large, unreadable). */
    private byte[] content(MultipartFile file, String field, BindingResult errors) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue(field, "import.file.missing");
            return null;
        }
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            errors.rejectValue(field, "import.file.tooLarge", new Object[] {settings.maxFileSize().toMegabytes()}, null);
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            errors.rejectValue(field, "import.file.notCsv");
            return null;
        }
    }

    /** A form that could not be built at all (a text value where the file goes): a request no page sends. */
    private static void requireBound(BindingResult errors) {
        if (errors.getTarget() == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
    }

    /** The file's own name, cut to what is kept, without a path or control characters. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "upload.csv";
        }
        return name.length() > FILE_NAME_MAX ? name.substring(0, FILE_NAME_MAX) : name;
    }
}
