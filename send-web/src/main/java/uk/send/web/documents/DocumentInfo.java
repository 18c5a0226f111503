package uk.send.web.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a document says about itself: the PDF's title, author, subject and language, and the date it was
 * issued. Templates read it as {@code document} for their {@code <title>}, {@code lang} and
 * {@code <meta>} elements, from which the PDF's metadata is written.
 *
 * @param title    the document's title, shown by PDF readers in place of the file name
 * @param author   who issues the document: the council's name
 * @param subject  what the document is about
 * @param language its language as a BCP 47 tag, such as {@code en-GB}
 * @param issuedOn the date the document was issued
 */
public record DocumentInfo(String title, String author, String subject, String language, LocalDate issuedOn) {

    public DocumentInfo {
        title = required(title, "title");
        author = required(author, "author");
        subject = required(subject, "subject");
        language = required(language, "language");
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language is not a BCP 47 tag: " + language);
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** The locale the document's messages and dates are written in. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
