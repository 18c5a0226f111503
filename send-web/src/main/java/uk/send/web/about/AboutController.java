package uk.send.web.about;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.web.family.TeamContact;

/**
 * The pages every public-sector service links from its footer, open to everyone: the accessibility statement
 * (in the format the Public Sector Bodies Accessibility Regulations 2018 ask for), the privacy notice and how
 * to contact the SEND team. The team's contact details come from configuration ({@link TeamContact}).
 */
@Controller
class AboutController {

    private final TeamContact team;

    AboutController(TeamContact team) {
        this.team = team;
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("team", team);
        return "pages/about/accessibility";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("team", team);
        return "pages/about/privacy";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("team", team);
        return "pages/about/contact";
    }
}
