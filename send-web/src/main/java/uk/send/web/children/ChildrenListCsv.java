package uk.send.web.children;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.files.Csv;

/**
 * A list of children as CSV, with the search the screen has applied and the screen's column labels (the need and
 * provision as the table words them, not their codes), streamed a batch at a time as the directory reads them and
 * audited as a download by the directory, searched or not. The caseworker's and the administrator's lists share it.
 */
@Component
public class ChildrenListCsv {

    private final ChildDirectory children;
    private final MessageSource messages;
    private final Clock clock;

    ChildrenListCsv(ChildDirectory children, MessageSource messages, Clock clock) {
        this.children = children;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes the viewer's children matching {@code query} (and the footprint, if any) to the response. */
    public void write(Viewer viewer, String query, Long footprintId, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"children-" + LocalDate.now(clock) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write(Csv.line(label("children.familyName"), label("children.givenName"), label("children.dateOfBirth"),
                label("children.upn"), label("children.footprint"), label("children.setting"), label("children.need"),
                label("children.provision")));
        children.eachChild(viewer, query, footprintId, c -> {
            try {
                out.write(Csv.line(c.familyName(), c.givenName(), c.dateOfBirth(), c.upn(), c.footprintName(),
                        c.settingName(), c.primaryNeed() == null ? null : label("need." + c.primaryNeed().name()),
                        label("provision." + c.senProvision().name())));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        out.flush();
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
