package org.casebook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {
    /** The classes of this module only (the domain and ingest jars are not imported, only referred to). */
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.casebook");

    @Test
    void theUserInterfaceNeverTouchesTheIngestPipeline() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.casebook.ingest..").check(UI);
    }

    @Test
    void theUserInterfaceSeesNoEntities() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Entity.class).check(UI);
    }

    @Test
    void theUserInterfaceSeesNoRepositories() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Repository.class).check(UI);
    }

    @Test
    void theUserInterfaceNeverTalksToTheDatabaseDirectly() {
        noClasses().that().resideOutsideOfPackage("org.casebook.database..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                        "org.springframework.jdbc..", "org.springframework.data..")
                .check(UI);
    }

    @Test
    void viewsDoNotReachIntoTheEmbeddedDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.casebook.database..")
                .check(UI);
    }
}
