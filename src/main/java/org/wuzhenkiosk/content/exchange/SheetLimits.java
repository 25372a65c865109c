package org.wuzhenkiosk.content.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;

/**
 * How big a workbook or CSV file an import reads, checked before and while it is read: far above the most
 * content the kiosk takes on ({@link Limits}), so only a wrong or hostile file is refused.
 */
final class SheetLimits {

    /** Rows in one sheet: 5,000 events and 2,000 cases with their places, media and sources stay well under. */
    static final int ROWS = 100_000;
    /** One workbook or CSV file: four times the largest content file. */
    static final long BYTES = 4 * Limits.CONTENT_FILE_BYTES;

    private SheetLimits() {
    }

    static void checkBytes(Path file) throws IOException, ExchangeException {
        long size = Files.size(file);
        if (size > BYTES) {
            throw new ExchangeException(Wording.of("exchange.too.big", file, Limits.megabytes(size),
                    Limits.megabytes(BYTES)));
        }
    }

    static void checkRows(String sheet, int rows) throws ExchangeException {
        if (rows > ROWS) {
            throw new ExchangeException(Wording.of("exchange.too.many.rows", sheet, ROWS));
        }
    }
}
