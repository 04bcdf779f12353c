package org.casebook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

class ArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casebook");

    @Test
    void domainUsesOnlyThePipelinesPublicApi() {
        noClasses().that().resideOutsideOfPackage("org.casebook.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.casebook.ingest.segment..", "org.casebook.ingest.unit..", "org.casebook.ingest.speaker..",
                        "org.casebook.ingest.embedding..", "org.casebook.ingest.stance..",
                        "org.casebook.ingest.counter..", "org.casebook.ingest.keypoint..", "org.casebook.ingest.cli..")
                .check(DOMAIN);
    }

    @Test
    void domainKnowsNothingOfTheUserInterface() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(DOMAIN);
    }

    @Test
    void domainLearnsTheCallerOnlyThroughCallersNeverFromSpringSecurity() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.security.core..",
                "org.springframework.security.web..", "org.springframework.security.config..").check(DOMAIN);
    }

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(DOMAIN);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(DOMAIN);
    }

    @Test
    void servicesArePublicEntryPointsWithPackagePrivateConstructors() {
        classes().that().areAnnotatedWith(Service.class).should().bePublic().check(DOMAIN);
        constructors().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .should().notBePublic().check(DOMAIN);
    }

    @Test
    void motionsDoNotDependOnArticles() {
        noClasses().that().resideInAPackage("org.casebook.motion..")
                .should().dependOnClassesThat().resideInAPackage("org.casebook.article..")
                .check(DOMAIN);
    }
}
