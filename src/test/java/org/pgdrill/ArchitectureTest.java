package org.pgdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md apart: no JavaFX below the UI, screens independent, lower layers independent. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pgdrill");
    }

    @Test
    void domainLayersDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.pgdrill.content..", "org.pgdrill.practice..", "org.pgdrill.review..",
                        "org.pgdrill.progress..", "org.pgdrill.app..", "org.pgdrill.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp..")
                .because("only the ui layer may use JavaFX; everything below is plain Java and tested without a toolkit")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.pgdrill.content..", "org.pgdrill.practice..", "org.pgdrill.review..",
                        "org.pgdrill.progress..", "org.pgdrill.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pgdrill.ui..", "org.pgdrill.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.pgdrill.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pgdrill.ui..")
                .because("the command line runs headless; the launcher hands it the GUI starter")
                .check(classes);
    }

    @Test
    void domainLayersAreIndependentOfEachOther() {
        java.util.List<String> layers = java.util.List.of("content", "practice", "review", "progress");
        for (String layer : layers) {
            String[] others = layers.stream().filter(other -> !other.equals(layer)).map(other -> "org.pgdrill." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.pgdrill." + layer + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("app services combine content, practice, progress and review; they do not call each other")
                    .check(classes);
        }
    }

    @Test
    void reviewIsPureFunctions() {
        noClasses().that().resideInAnyPackage("org.pgdrill.review..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..")
                .because("spaced-repetition scheduling is pure: no files, no databases")
                .check(classes);
    }

    @Test
    void screensDoNotImportEachOther() {
        DescribedPredicate<JavaClass> common = JavaClass.Predicates.resideInAPackage("org.pgdrill.ui.common..");
        slices().matching("org.pgdrill.ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), common)
                .because("screens talk through ui.common and the services, so each can change alone")
                .check(classes);
    }
}
