package org.wuzhenkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The staff PIN's hash as kiosk.properties keeps it. */
class PinHashTest {

    @Test
    void theRightPinMatchesAndAnyOtherDoesNot() {
        PinHash hash = PinHash.of("482916", 1_000);
        assertThat(hash.matches("482916")).isTrue();
        assertThat(hash.matches("482917")).isFalse();
        assertThat(hash.matches("")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void theWrittenFormReadsBackToTheSameHashAndNeverContainsThePin() {
        PinHash hash = PinHash.of("482916", PinHash.MIN_ITERATIONS);
        String text = hash.toString();
        assertThat(text).startsWith("pbkdf2-sha256:10000:").doesNotContain("482916");
        PinHash read = PinHash.parse(text);
        assertThat(read).isEqualTo(hash);
        assertThat(read.matches("482916")).isTrue();
    }

    @Test
    void theSamePinHashedTwiceGivesDifferentSalts() {
        assertThat(PinHash.of("1234", 1_000).toString()).isNotEqualTo(PinHash.of("1234", 1_000).toString());
    }

    @Test
    void aPlainPinOrGarbageIsNotAHash() {
        assertThatThrownBy(() -> PinHash.parse("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256:600000:abc:def"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyFourToTwelveDigitsMakeAPin() {
        assertThatThrownBy(() -> PinHash.of("123", 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.of("12ab56", 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.of("1234567890123", 1_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
