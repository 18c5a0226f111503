package uk.send.web.children;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Choice;

/** The lists the child forms choose from: the viewer's footprints (all for an administrator), open settings. */
@Component
class ChildChoices {

    private final ReferenceData reference;

    ChildChoices(ReferenceData reference) {
        this.reference = reference;
    }

    void addTo(Model model, Viewer viewer) {
        model.addAttribute("footprints", reference.footprints().stream()
                .filter(f -> viewer.is(Role.ADMIN) || viewer.worksIn(f.id()))
                .map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("settings", reference.allSettings().stream()
                .filter(s -> s.open())
                .map(s -> Choice.text(s.id(), s.name() + " (" + s.urn() + ")")).toList());
        model.addAttribute("relationships", Choice.of(Relationship.class, "relationship"));
        model.addAttribute("yesNo", List.of(Choice.message(true, "common.yes"), Choice.message(false, "common.no")));
    }
}
