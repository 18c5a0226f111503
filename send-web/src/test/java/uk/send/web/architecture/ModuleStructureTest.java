package uk.send.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import uk.send.SendApplication;

/**
 * The inside of the modules is as firm as the walls between them. Spring Modulith checks that each module
 * uses only the API (named interfaces) of the modules it is allowed to depend on, with no cycles; the
 * ArchUnit rules check what Modulith does not: no entity or repository is public except inside an
 * {@code internal} package, the web never touches an entity, and no class of ours lives outside the root package. The production classes are read from every
 * module's build output, so a class in a stray package is seen too.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SendApplication.class);

    static JavaClasses ours;

    @BeforeAll
    static void importEveryModulesClasses() {
        Path root = Path.of("").toAbsolutePath().getParent();
        ours = new ClassFileImporter().importPaths(Stream.of("send-domain", "send-pathway", "send-funding",
                        "send-commissioning", "send-web")
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory).toList());
    }

    @Test
    void each_module_uses_only_the_api_of_the_modules_it_may_depend_on() {
        MODULES.verify();
    }

    @Test
    void no_class_lives_outside_the_root_package() {
        classes().should().resideInAPackage("uk.send..").check(ours);
    }

    /** Public only inside an {@code internal} package, which Modulith keeps out of other modules' reach. */
    @Test
    void no_entity_or_repository_is_public_outside_an_internal_package() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).orShould().resideInAPackage("..internal..")
                .check(ours);
    }

    /** A value embedded in an entity may be part of an API only as an immutable record (an outcome, a provision). */
    @Test
    void an_embedded_value_that_is_public_is_an_immutable_record() {
        classes().that().areAnnotatedWith(Embeddable.class).and().arePublic()
                .should().beRecords()
                .check(ours);
    }

    @Test
    void the_web_never_touches_an_entity_or_repository() {
        noClasses().that().resideInAPackage("uk.send.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(ours);
    }

    /**
     * Writes the module diagram and canvases to target/, or, with
     * {@code -Dsend.modules.docs=../docs/modules}, over the copy kept in docs/ (refresh it when a module's API
     * changes), so an ordinary test run never edits tracked files.
     */
    @Test
    void writes_the_module_diagram() {
        String folder = System.getProperty("send.modules.docs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(Path.of(folder).toAbsolutePath().toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of(folder, "components.puml")).exists();
    }
}
