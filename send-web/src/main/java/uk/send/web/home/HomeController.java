package uk.send.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.access.Viewer;

/** After sign-in, {@code /} sends each role to its own home. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Viewer viewer) {
        return "redirect:" + viewer.role().homePath();
    }
}
