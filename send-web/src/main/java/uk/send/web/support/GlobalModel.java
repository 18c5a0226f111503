package uk.send.web.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the council's name and where the person is. */
@ControllerAdvice
@EnableConfigurationProperties(CouncilSettings.class)
class GlobalModel {

    private final CouncilSettings council;

    GlobalModel(CouncilSettings council) {
        this.council = council;
    }

    @ModelAttribute("council")
    CouncilSettings council() {
        return council;
    }

    /** The path of the page, so that the navigation can mark where the person is. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }
}
