package org.casebook.ingest.source;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SourceArchitectureTest {
    private static final JavaClasses SOURCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casebook.ingest.source");

    @Test
    void sourceReadersDependOnNoFrameworks() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .check(SOURCE);
    }

    @Test
    void onlyTheReaderTheFetcherAndTheirRecordsArePublic() {
        classes().that().arePublic().should().haveSimpleName("ArticleReader")
                .orShould().haveSimpleName("UrlFetcher").orShould().haveSimpleName("ReaderSettings")
                .orShould().haveSimpleName("FetchedDocument").orShould().haveSimpleName("UnreadableInputException")
                .check(SOURCE);
    }
}
