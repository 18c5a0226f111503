package uk.send.web.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Renders a document template to an accessible PDF: tagged for PDF/UA-1 (headings, tables, lists and
 * reading order come from the HTML), archivable as PDF/A-2a, with every font embedded.
 *
 * <p>A template lives in {@code templates/documents/}, must produce well-formed XHTML, and gets the
 * {@link DocumentInfo} as {@code document}: its {@code <html>} carries {@code th:lang="${document.language}"},
 * its {@code <title>} the document's title and its {@code <meta name="author|subject">} the author and
 * subject, from which the PDF's metadata is written. Its CSS names the font family {@link #FONT_FAMILY}:
 * the only font the PDF has, so that nothing falls back to the base-14 fonts, which are never embedded.
 * Nothing outside the document is loaded: links to stylesheets, images or fonts are refused.
 */
@Component
public class AccessiblePdf {

    /** The font family a document template's CSS must use. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static final String PRODUCER = "SEND service";

    private static final String TEMPLATE_FOLDER = "documents/";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** DejaVu Sans (Bitstream Vera licence), as packaged by net.sf.jasperreports:jasperreports-fonts. */
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templates;

    AccessiblePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * Renders the template {@code templates/documents/<templateName>.html} with the model and the document's
     * information (as {@code document}) to a PDF.
     *
     * @param templateName the template's name in {@code templates/documents/}, such as {@code ehc-plan}
     * @param model        what the template shows
     * @param info         the document's title, author, subject, language and date of issue
     * @return the PDF's bytes
     */
    public byte[] render(String templateName, Map<String, Object> model, DocumentInfo info) {
        if (templateName == null || !TEMPLATE_NAME.matcher(templateName).matches()) {
            throw new IllegalArgumentException("not a document template name: " + templateName);
        }
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("document", info);
        String xhtml = templates.process(TEMPLATE_FOLDER + templateName, new Context(info.locale(), variables));
        return toPdf(xhtml);
    }

    private static byte[] toPdf(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer(PRODUCER);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> font("DejaVuSans-BoldOblique.ttf"), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = AccessiblePdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + FONTS + file);
        }
        return in;
    }
}
