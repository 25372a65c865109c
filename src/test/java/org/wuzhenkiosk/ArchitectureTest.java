package org.wuzhenkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape the code keeps (README, "How the code is laid out"): files -> content -> screen models -> views, each
 * package importing only the layers below it.
 */
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
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..screen..", "..ui..", "..theme..",
                    "..upkeep..", "..cli..");

    @ArchTest
    static final ArchRule configKnowsOnlyContent = noClasses().that().resideInAPackage("..config..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..screen..", "..ui..", "..theme..",
                    "..upkeep..", "..cli..");

    @ArchTest
    static final ArchRule screensAreIndependent = slices().matching("org.wuzhenkiosk.screen.(*)..")
            .should().notDependOnEachOther()
            .because("screens talk through the navigator's targets, not through each other's classes");

    @ArchTest
    static final ArchRule theTourDrivesScreensOnlyAsKioskScreens = noClasses()
            .that().resideInAPackage("org.wuzhenkiosk.screen.story..")
            .should().dependOnClassesThat().resideInAnyPackage("org.wuzhenkiosk.screen.home..",
                    "org.wuzhenkiosk.screen.timeline..", "org.wuzhenkiosk.screen.cases..",
                    "org.wuzhenkiosk.screen.map..")
            .because("the tour shows the real screens through KioskScreen.spotlight and the navigator, so any screen"
                    + " can be a stop and none knows the tour");

    @ArchTest
    static final ArchRule widgetsKnowNoScreen = noClasses().that().resideInAPackage("org.wuzhenkiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..screen..", "..upkeep..", "..cli..")
            .because("ui holds widgets any screen can reuse; they get what they need through their constructors");

    @ArchTest
    static final ArchRule appKnowsNoScreenNorUpkeep = noClasses().that().resideInAPackage("org.wuzhenkiosk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..screen..", "..upkeep..", "..cli..")
            .because("app is what screens use; the composition root puts screens and upkeep together");

    @ArchTest
    static final ArchRule screensKnowNoUpkeep = noClasses().that().resideInAPackage("org.wuzhenkiosk.screen..")
            .should().dependOnClassesThat().resideInAnyPackage("..upkeep..", "..cli..")
            .because("a screen works the same with or without the kiosk's upkeep around it");

    @ArchTest
    static final ArchRule upkeepKnowsNoScreen = noClasses().that().resideInAPackage("org.wuzhenkiosk.upkeep..")
            .should().dependOnClassesThat().resideInAnyPackage("..screen..", "..cli..")
            .because("idle reset, attract loop and staff mode reach screens only through KioskScreen and the shell");

    @ArchTest
    static final ArchRule themeKnowsNoScreenNorUpkeep = noClasses().that().resideInAPackage("org.wuzhenkiosk.theme..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..", "..screen..", "..upkeep..", "..cli..")
            .because("fonts and palettes are set up before any screen exists");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that().resideOutsideOfPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule noAwtOutsideMediaProbing = noClasses().that().doNotHaveFullyQualifiedName(
                    "org.wuzhenkiosk.content.MediaProbe")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
            .because("the kiosk draws with JavaFX; only the header probe of pictures reads them through ImageIO");

    @ArchTest
    static final ArchRule spreadsheetsAndHtmlOnlyInTheExchange = noClasses().that()
            .resideOutsideOfPackage("org.wuzhenkiosk.content.exchange..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.dhatim..", "org.apache.commons.csv..", "org.jsoup..")
            .because("workbooks, CSV files and TimelineJS's HTML are read and written in content.exchange alone");

    @ArchTest
    static final ArchRule exchangeKnowsOnlyContent = noClasses().that()
            .resideInAPackage("org.wuzhenkiosk.content.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("..config..", "..content.geo..")
            .because("an export or import is content in, content out: it runs from the command line, not the kiosk");
}
