package uk.send.web.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.SubjectAccess;
import uk.send.domain.children.ChildDirectory;

/**
 * A subject access request answered in one step: the page says what the export holds, and the download is a
 * ZIP of every record the service holds about the child, with who viewed them (the export itself audited).
 */
@Controller
class SubjectAccessController {

    private final SubjectAccess subjectAccess;
    private final ChildDirectory children;
    private final Clock clock;

    SubjectAccessController(SubjectAccess subjectAccess, ChildDirectory children, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.children = children;
        this.clock = clock;
    }

    @GetMapping("/admin/children/{id}/subject-access")
    String page(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("child", children.view(viewer, id));
        model.addAttribute("sections", subjectAccess.contents());
        return "pages/admin/subject-access";
    }

    @GetMapping("/admin/children/{id}/subject-access.zip")
    void download(@PathVariable long id, Viewer viewer, HttpServletResponse response) throws IOException {
        subjectAccess.export(viewer, id, () -> {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"subject-access-" + id + "-" + LocalDate.now(clock) + ".zip\"");
            response.setHeader("Cache-Control", "no-store");
            return response.getOutputStream();
        });
    }
}
