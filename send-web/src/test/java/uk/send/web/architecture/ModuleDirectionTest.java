package uk.send.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules point one way: domain ← pathway ← funding ← commissioning ← web. The Maven poms already
 * stop a module seeing one above it; these rules also keep web, servlet and Thymeleaf types out of every
 * module below web.
 */
class ModuleDirectionTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.send");
    }

    @Test
    void modules_depend_only_downwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("uk.send.web..")
                .layer("commissioning").definedBy("uk.send.commissioning..")
                .layer("funding").definedBy("uk.send.funding..")
                .layer("pathway").definedBy("uk.send.pathway..")
                .layer("domain").definedBy("uk.send.domain..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("commissioning").mayOnlyBeAccessedByLayers("web")
                .whereLayer("funding").mayOnlyBeAccessedByLayers("commissioning", "web")
                .whereLayer("pathway").mayOnlyBeAccessedByLayers("funding", "commissioning", "web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("pathway", "funding", "commissioning", "web")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void no_module_below_web_touches_web_servlet_or_thymeleaf_types() {
        noClasses().that().resideInAnyPackage("uk.send.domain..", "uk.send.pathway..", "uk.send.funding..",
                        "uk.send.commissioning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.security.web..", "jakarta.servlet..", "org.thymeleaf..",
                        "org.springframework.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
