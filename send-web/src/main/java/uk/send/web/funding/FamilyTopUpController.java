package uk.send.web.funding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.access.Viewer;
import uk.send.funding.topup.TopUpFunding;

/**
 * What a parent sees of top-up funding for their own children ({@code /parent/top-up}): each application the school
 * made, where it stands, and the panel's decision (the band and dates of an award, or the reasons).
 */
@Controller
class FamilyTopUpController {

    private final TopUpFunding funding;

    FamilyTopUpController(TopUpFunding funding) {
        this.funding = funding;
    }

    @GetMapping("/parent/top-up")
    String decisions(Viewer viewer, Model model) {
        model.addAttribute("decisions", funding.forFamily(viewer));
        return "pages/funding/family";
    }
}
