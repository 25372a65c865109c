package org.wuzhenkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.Exhibition;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.Problem;

class SettingsFileTest {

    private static final Path FOLDER = Path.of("/kiosk");

    private static SettingsFile.Result parse(String text) {
        return SettingsFile.parse(text, "kiosk.properties", FOLDER);
    }

    @Test
    void everyKeyIsReadIntoTheTypedSettings() {
        SettingsFile.Result result = parse("""
                # a comment
                content.dir=exhibitions/spring
                language.default=en
                window.mode=windowed
                window.size=1280x720
                idle.timeout.seconds=45
                start.screen=map
                theme=high-contrast
                """);
        KioskSettings s = result.settings();
        assertThat(result.problems()).isEmpty();
        assertThat(s.contentDir()).isEqualTo(Path.of("/kiosk/exhibitions/spring"));
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.fullScreen()).isFalse();
        assertThat(s.width()).isEqualTo(1280);
        assertThat(s.height()).isEqualTo(720);
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(s.startScreen()).isEqualTo(ScreenName.MAP);
        assertThat(s.theme()).isEqualTo(KioskSettings.Theme.HIGH_CONTRAST);
    }

    @Test
    void aNonNumericTimeoutIsReportedWithItsLineAndTheDefaultIsUsed() {
        SettingsFile.Result result = parse("window.mode=fullscreen\nidle.timeout.seconds=abc\n");
        assertThat(result.settings().idleTimeout()).isEqualTo(KioskSettings.DEFAULTS.idleTimeout());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.path()).isEqualTo("idle.timeout.seconds");
            assertThat(p.toString()).startsWith("kiosk.properties:2:22: idle.timeout.seconds: error: \"abc\"")
                    .contains("10 to 3600");
        });
    }

    @Test
    void staffReadMessagesInTheLanguageSetOrElseTheComputers() {
        assertThat(parse("staff.language=zh\n").settings().operations().staffLanguageOrSystem()).isEqualTo("zh");
        assertThat(parse("staff.language=\n").settings().operations().staffLanguageOrSystem())
                .as("the tests run with an English computer").isEqualTo("en");

        for (String language : List.of("fr", "es", "ru", "ar")) {
            assertThat(parse("staff.language=" + language + "\n").settings().operations().staffLanguageOrSystem())
                    .as("every language the kiosk has staff messages in").isEqualTo(language);
        }
        SettingsFile.Result wrong = parse("staff.language=de\n");
        assertThat(wrong.settings().operations().staffLanguage()).isNull();
        assertThat(wrong.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("kiosk.properties:1:16: staff.language: error: \"de\" is not allowed")
                .contains("write one of en, ar, es, fr, ru, zh, or empty for the computer's language"));
    }

    @Test
    void aChineseStaffMemberReadsWhatASettingAllowsInChinese() {
        SettingsFile.Result wrong = parse("idle.timeout.seconds=soon\nstart.screen=maps\nstaff.pin=482916\n");

        assertThat(wrong.problems()).extracting(p -> p.describe("zh")).containsExactly(
                "kiosk.properties:1:22: idle.timeout.seconds: 错误：idle.timeout.seconds 不能设为 \"soon\"；使用默认值 90"
                        + "　修改：请写成：10 到 3600 之间的整数秒数",
                "kiosk.properties:2:14: start.screen: 错误：start.screen 不能设为 \"maps\"；使用默认值 home"
                        + "　修改：请写成：以下之一：home、timeline、cases、map、story",
                "kiosk.properties:3:11: staff.pin: 错误：staff.pin 不能设为 这个值（它是 PIN 本身，任何打开这个文件的人都能读到，"
                        + "而不是 PIN 的哈希值）；使用默认值 （空）"
                        + "　修改：请写成：留空（不启用员工模式），或 java -jar wuzhen-kiosk.jar --hash-pin 打印出的那一行");
    }

    @Test
    void anUnknownKeySuggestsTheKeyMeant() {
        SettingsFile.Result result = parse("\n\nidle.timout.seconds=30\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("unknown setting \"idle.timout.seconds\"");
            assertThat(p.fix()).isEqualTo("did you mean \"idle.timeout.seconds\"?");
        });
        assertThat(result.settings()).isEqualTo(KioskSettings.DEFAULTS);
    }

    @Test
    void aWrongStartScreenListsWhatIsAllowed() {
        SettingsFile.Result result = parse("start.screen=maps");
        assertThat(result.settings().startScreen()).isEqualTo(ScreenName.HOME);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.fix()).contains("home, timeline, cases, map"));
    }

    @Test
    void badSizesAndModesFallBackToDefaults() {
        SettingsFile.Result result = parse("window.size=big\nwindow.mode=floating\ntheme=neon\n");
        assertThat(result.problems()).hasSize(3).allMatch(Problem::isError);
        assertThat(result.settings()).isEqualTo(KioskSettings.DEFAULTS);
    }

    @Test
    void aLanguageTheContentDoesNotOfferIsAnError() {
        SettingsFile.Result result = parse("language.default=fr");
        Exhibition exhibition = new Exhibition("x", null, null, null,
                List.of(new Language("zh", "中文", "ltr"), new Language("en", "English", "ltr")), "zh",
                null, null, null, null);
        assertThat(SettingsFile.checkAgainst(result, exhibition)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("language.default");
            assertThat(p.fix()).contains("zh, en");
        });
    }

    @Test
    void aMissingConfigFileNamedOnTheCommandLineIsReportedAndDefaultsApply() {
        SettingsFile.Result result = SettingsFile.read(Path.of("/no/such/kiosk.properties"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("does not exist"));
        assertThat(result.settings().startScreen()).isEqualTo(ScreenName.HOME);
    }

    @Test
    void theShippedSettingsFileIsClean() {
        SettingsFile.Result result = SettingsFile.read(Path.of("kiosk.properties"));
        assertThat(result.problems()).isEmpty();
        // the shipped file switches statistics and log files on, in folders beside it; all else is the default
        assertThat(result.settings().withOperations(KioskSettings.Operations.DEFAULTS))
                .isEqualTo(KioskSettings.DEFAULTS);
        assertThat(result.settings().operations().analyticsDir()).isEqualTo(Path.of("analytics").toAbsolutePath());
        assertThat(result.settings().operations().logsDir()).isEqualTo(Path.of("logs").toAbsolutePath());
    }

    @Test
    void theOperationsKeysAreReadIntoTheirOwnRecord() {
        String hash = PinHash.of("482916", PinHash.MIN_ITERATIONS).toString();
        SettingsFile.Result result = parse("content.watch=false\nstaff.pin=" + hash + "\nanalytics.dir=stats\n"
                + "analytics.max.mb=5\nlogs.dir=/var/log/kiosk\npictures.cache.mb=256\n");
        assertThat(result.problems()).isEmpty();
        KioskSettings.Operations ops = result.settings().operations();
        assertThat(ops.contentWatch()).isFalse();
        assertThat(ops.staffPin().matches("482916")).isTrue();
        assertThat(ops.analyticsDir()).isEqualTo(Path.of("/kiosk/stats"));
        assertThat(ops.analyticsMaxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(ops.logsDir()).isEqualTo(Path.of("/var/log/kiosk"));
        assertThat(ops.picturesCacheBytes()).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void aPictureCacheTooSmallToHoldAFullScreenPictureIsRefusedWithTheRange() {
        SettingsFile.Result result = parse("pictures.cache.mb=2\n");
        assertThat(result.settings().operations().picturesCacheBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("pictures.cache.mb", "the default 64 is used", "8 to 4096"));
    }

    @Test
    void withoutTheKeysNothingIsRecordedAndStaffModeIsNotSetUp() {
        KioskSettings.Operations ops = parse("").settings().operations();
        assertThat(ops.analyticsDir()).isNull();
        assertThat(ops.staffPin()).isNull();
        assertThat(ops.logsDir()).isNull();
        assertThat(ops.contentWatch()).isTrue();
    }

    @Test
    void aPlainPinWrittenAsStaffPinIsRefusedWithoutRepeatingIt() {
        SettingsFile.Result result = parse("staff.pin=482916\n");
        assertThat(result.settings().operations().staffPin()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).doesNotContain("482916").contains("staff.pin");
            assertThat(p.fix()).contains("--hash-pin");
        });
    }

    @Test
    void aTooLargeStatisticsLimitIsReported() {
        SettingsFile.Result result = parse("analytics.max.mb=0\ncontent.watch=maybe\n");
        assertThat(result.problems()).hasSize(2).allMatch(Problem::isError);
        assertThat(result.settings().operations()).isEqualTo(KioskSettings.Operations.DEFAULTS);
    }

    @Test
    void aFileOfAHundredThousandWrongLinesIsCheckedInBoundedTime() {
        // well under a second on a quiet PC, cold (naming each line took 4 s); the bound is for a busy build machine
        Duration bound = Duration.ofSeconds(5);
        parse("wrong\nk=v\ntheme=x\ntheme=default\n"); // the staff messages loaded, as at any start
        for (String flood : List.of("window.mode" + " ".repeat(320_000) + "=" + " ".repeat(320_000) + "maybe\n",
                "k=v\n".repeat(100_000), "theme=sepia\n".repeat(100_000), "theme=default\n".repeat(100_000))) {
            SettingsFile.Result result = assertTimeoutPreemptively(bound, () -> parse(flood));
            assertThat(result.problems()).hasSizeLessThanOrEqualTo(Limits.PROBLEMS_LISTED + 1);
        }
    }

    @Test
    void aFloodOfWrongLinesIsCountedAfterTheFirstOnesAndTheLinesAfterItStillCount() {
        SettingsFile.Result result = parse("k=v\n".repeat(Limits.PROBLEMS_LISTED + 500) + "theme=high-contrast\n");

        assertThat(result.settings().theme()).isEqualTo(KioskSettings.Theme.HIGH_CONTRAST);
        assertThat(result.problems()).hasSize(Limits.PROBLEMS_LISTED + 1).last().satisfies(p -> assertThat(p.toString())
                .startsWith("kiosk.properties:" + (Limits.PROBLEMS_LISTED + 1) + ":1: error: 500 more problems from "
                        + "here on (500 errors, 0 warnings) are not listed"));
    }
}
