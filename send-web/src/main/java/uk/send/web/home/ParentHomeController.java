package uk.send.web.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;

/** A parent's or carer's home: their own children, and nobody else's. */
@Controller
class ParentHomeController {

    private final ChildDirectory children;

    ParentHomeController(ChildDirectory children) {
        this.children = children;
    }

    @GetMapping("/parent")
    String home(Viewer viewer, Model model) {
        model.addAttribute("children",
                children.search(viewer, null, null, PageRequest.of(0, 50, ChildDirectory.DEFAULT_SORT)).getContent());
        return "pages/parent/home";
    }
}
