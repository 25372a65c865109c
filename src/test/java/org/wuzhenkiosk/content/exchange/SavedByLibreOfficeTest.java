package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;

/**
 * The exported exhibition opened and saved again as xlsx by LibreOffice Calc, which writes cells its own way
 * (true and false as formulas, its own styles and shared strings): the import reads back the same content. Runs
 * where {@code soffice} is installed (Debian: libreoffice-calc-nogui); skipped elsewhere.
 */
class SavedByLibreOfficeTest {

    @TempDir
    Path temp;

    @Test
    void theExhibitionSavedByLibreOfficeImportsAsTheSameContent() throws Exception {
        assumeTrue(onPath("soffice"), "no soffice (LibreOffice) on this machine: skipped");
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path exported = temp.resolve("exported").resolve("exhibition.xlsx");
        Files.createDirectories(exported.getParent());
        ContentExchange.export(content, exported);

        Path saved = temp.resolve("saved");
        Process office = new ProcessBuilder("soffice", "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(),
                exported.toString()).redirectErrorStream(true).start();
        String output = new String(office.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(office.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice answered").isTrue();
        assertThat(saved.resolve("exhibition.xlsx")).as(output).exists();

        Path back = temp.resolve("back");
        BundledCopy.into(back);
        ContentExchange.ImportResult result = ContentExchange.importInto(saved.resolve("exhibition.xlsx"), back);

        assertThat(result.problems()).isEmpty();
        ContentExchangeTest.assertSameContent(ContentExchangeTest.load(back), ContentExchangeTest.load(content));
    }

    private static boolean onPath(String program) {
        try {
            Process which = new ProcessBuilder("which", program).redirectErrorStream(true).start();
            which.getInputStream().readAllBytes();
            return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
