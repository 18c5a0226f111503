package uk.send.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The EHC plan renders to a PDF that veraPDF passes as PDF/UA-1 and PDF/A-2a, that says what it is, and that
 * reads as the plan. The template engine is the one Spring Boot configures for the application, from the
 * Thymeleaf and messages auto-configuration only (no web server, no database), so the test stays fast.
 */
class AccessiblePdfTest {

    private static final List<String> SECTION_HEADINGS = List.of(
            "Section A: the views, interests and aspirations of the child and their family",
            "Section B: special educational needs",
            "Section C: health needs related to special educational needs",
            "Section D: social care needs",
            "Section E: outcomes",
            "Section F: special educational provision",
            "Section G: health provision",
            "Section H: social care provision",
            "H1: social care provision under the Chronically Sick and Disabled Persons Act 1970",
            "H2: other social care provision",
            "Section I: placement",
            "Section J: personal budget",
            "Section K: advice and information");

    private static AccessiblePdf documents;
    private static byte[] fullPlan;
    private static byte[] emptyPlan;
    private static byte[] draftPlan;
    private static byte[] ceaseNotice;

    @BeforeAll
    static void renderThePlans() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class,
                        MessageSourceAutoConfiguration.class))
                .withPropertyValues("spring.messages.basename=messages",
                        "spring.messages.fallback-to-system-locale=false")
                .withBean(AccessiblePdf.class)
                .run(context -> {
                    documents = context.getBean(AccessiblePdf.class);
                    fullPlan = render(SamplePlans.full());
                    emptyPlan = render(SamplePlans.empty());
                    draftPlan = documents.render("ehc-plan", Map.of("plan", SamplePlans.full(), "draft", true),
                            SamplePlans.info("Amara O’Connell-Mensah"));
                    uk.send.pathway.plan.PlanView ceased = new uk.send.pathway.plan.PlanView(7L, 3L, "Amara O’Connell-Mensah",
                            java.time.LocalDate.of(2011, 3, 14), null, java.time.LocalDate.of(2026, 12, 31), null, java.util.List.of(),
                            null, uk.send.pathway.plan.CeaseReason.NEEDS_MET_WITHOUT_PLAN, null, false, null);
                    ceaseNotice = documents.render("cease-notice", Map.of("plan", ceased, "appealBy", ceased.appealBy()),
                            new DocumentInfo("Notice that Amara’s EHC plan has ceased", SamplePlans.COUNCIL,
                                    "Notice that an EHC plan has ceased", "en-GB", ceased.ceasedOn()));
                });
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static byte[] render(PlanDocument plan) {
        return documents.render("ehc-plan", SamplePlans.model(plan), SamplePlans.info(plan.childName()));
    }

    @Test
    void the_plan_is_pdf_ua_1_compliant() throws Exception {
        assertCompliant(fullPlan, PDFAFlavour.PDFUA_1);
    }

    @Test
    void the_plan_is_pdf_a_2a_compliant() throws Exception {
        assertCompliant(fullPlan, PDFAFlavour.PDFA_2_A);
    }

    @Test
    void a_plan_with_empty_sections_is_still_pdf_ua_1_compliant() throws Exception {
        assertCompliant(emptyPlan, PDFAFlavour.PDFUA_1);
    }

    @Test
    void the_plan_names_the_council_the_child_the_date_issued_and_every_section() throws IOException {
        String text = text(fullPlan);
        assertThat(text).contains(SamplePlans.COUNCIL, "Amara O’Connell-Mensah", "14 March 2011",
                "Date issued", "2 November 2026");
        assertThat(text).contains(SECTION_HEADINGS);
    }

    @Test
    void the_plan_shows_its_tables_and_advice_list() throws IOException {
        String text = text(fullPlan);
        assertThat(text).contains("Steps towards it", "Preparing for adulthood", "Independent living",
                "Not applicable", "How often", "Provided by", "Speech and language therapist",
                "Riverside Academy", "£1,200", "Dr P. Nwosu, Educational Psychologist, 20 July 2026",
                "Social care advice, Children with Disabilities Team");
    }

    @Test
    void every_page_has_the_council_in_its_header_and_its_number_in_the_footer() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPlan)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains(SamplePlans.COUNCIL, "Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void every_page_of_a_draft_says_it_is_a_draft_and_no_page_of_a_final_plan_does() throws IOException {
        try (PDDocument draft = Loader.loadPDF(draftPlan); PDDocument issued = Loader.loadPDF(fullPlan)) {
            assertThat(draft.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= draft.getNumberOfPages(); page++) {
                assertThat(pageText(draft, page)).as("page %d of the draft", page).contains("DRAFT – not the final plan");
            }
            for (int page = 1; page <= issued.getNumberOfPages(); page++) {
                assertThat(pageText(issued, page)).doesNotContain("DRAFT");
            }
        }
    }

    @Test
    void a_draft_is_still_pdf_ua_1_compliant() throws Exception {
        assertCompliant(draftPlan, PDFAFlavour.PDFUA_1);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void a_plan_with_empty_sections_still_shows_every_section() throws IOException {
        String text = text(emptyPlan);
        assertThat(text).contains("Leo Brooks", "Date issued", "None", "No school or other setting is named yet.");
        assertThat(text).contains(SECTION_HEADINGS);
    }

    @Test
    void the_title_author_subject_and_language_are_set_and_the_title_is_displayed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPlan)) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Education, health and care plan – Amara O’Connell-Mensah");
            assertThat(info.getAuthor()).isEqualTo(SamplePlans.COUNCIL);
            assertThat(info.getSubject()).isEqualTo("Final EHC plan");
            assertThat(info.getProducer()).isEqualTo(AccessiblePdf.PRODUCER);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void every_font_is_embedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(fullPlan)) {
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(font -> font.endsWith("embedded"), "is embedded")
                .allMatch(font -> font.contains("DejaVuSans"), "is DejaVu Sans");
    }

    @Test
    void only_a_template_in_the_documents_folder_can_be_rendered() {
        DocumentInfo info = SamplePlans.info("Leo Brooks");
        assertThatIllegalArgumentException().isThrownBy(() -> documents.render("../pages/home", Map.of(), info));
        assertThatIllegalArgumentException().isThrownBy(() -> documents.render("fragments/text", Map.of(), info));
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfChecks.text(pdf);
    }

    @Test
    void a_draft_names_no_setting_in_section_i_even_if_given_one_and_says_what_the_family_asked_for() throws IOException {
        String text = text(draftPlan);
        assertThat(text).contains("Not named in a draft", "Requested by the family on 1 September 2026: Riverside Academy")
                .doesNotContain("Name of setting", "Type of setting");
        assertThat(text(fullPlan)).contains("Name of setting").doesNotContain("Not named in a draft", "Requested by the family");
    }

    @Test
    void section_j_shows_the_budget_its_parts_and_direct_payments() throws IOException {
        assertThat(text(fullPlan)).contains("Amount a year", "£1,200.00", "paid as direct payments", "Social care");
    }

    @Test
    void the_cease_notice_is_pdf_ua_1_compliant_and_gives_the_reason_the_date_and_the_last_day_to_appeal() throws Exception {
        assertCompliant(ceaseNotice, PDFAFlavour.PDFUA_1);
        assertThat(text(ceaseNotice)).contains(SamplePlans.COUNCIL, "Amara O’Connell-Mensah", "31 December 2026",
                "Needs met without an EHC plan", "28 February 2027", "First-tier Tribunal", "mediation", "1 month");
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        PdfChecks.assertCompliant(pdf, flavour);
    }
}
