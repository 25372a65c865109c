package org.wuzhenkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape the code keeps: content and settings know nothing of JavaFX; screens do not reach into each other. */
@AnalyzeClasses(packages = "org.wuzhenkiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contentHasNoJavaFx = noClasses().that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("content is records, loader and validator: files in, records out, testable without a screen");

    @ArchTest
    static final ArchRule configHasNoJavaFx = noClasses().that().resideInAPackage("..config..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule contentDoesNotKnowTheUi = noClasses().that().resideInAPackage("..content..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..screen..", "..ui..", "..theme..");

    @ArchTest
    static final ArchRule screensAreIndependent = slices().matching("org.wuzhenkiosk.screen.(*)..")
            .should().notDependOnEachOther()
            .because("screens talk through the navigator's targets, not through each other's classes");
}
