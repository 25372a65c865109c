package org.wuzhenkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How long the staff waits for a PIN check at the strength kiosk.properties hashes use. Prints the figure. */
@Tag("benchmark")
class PinHashBenchmark {

    @Test
    void checkingAPinAtFullStrengthTakes() {
        PinHash hash = PinHash.of("482916");
        long start = System.nanoTime();
        boolean right = hash.matches("482916");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(right).isTrue();
        System.out.printf("PIN check at %d PBKDF2 iterations: %d ms%n", PinHash.ITERATIONS, millis);
    }
}
