package uk.send.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home: users, reference data and the audit trail. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "pages/admin/home";
    }
}
