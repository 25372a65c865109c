package org.wuzhenkiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.wuzhenkiosk.content.Wording;

/**
 * The staff PIN as kiosk.properties keeps it: a salted PBKDF2-HMAC-SHA256 hash, written
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64), so the file never shows the PIN itself.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    /** Iterations for a new hash: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** The fewest iterations a settings file may name: below that a stolen file gives the PIN away in seconds. */
    public static final int MIN_ITERATIONS = 10_000;
    /** The most: a try at the PIN pad takes up to a second per million iterations on a slow kiosk PC. */
    public static final int MAX_ITERATIONS = 2_000_000;
    public static final String PREFIX = "pbkdf2-sha256";
    /** Digits only, as the PIN pad has only digits; long enough that guessing takes the lockout's time. */
    public static final Pattern PIN = Pattern.compile("^[0-9]{4,12}$");
    private static final Pattern TEXT = Pattern.compile(
            "^" + PREFIX + ":(\\d{1,10}):([A-Za-z0-9+/=]{16,}):([A-Za-z0-9+/=]{40,})$");
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    public PinHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    /** A new hash of {@code pin} with a fresh random salt. */
    public static PinHash of(String pin) {
        return of(pin, ITERATIONS);
    }

    /** As {@link #of(String)} with fewer iterations: for tests, where speed matters and secrecy does not. */
    public static PinHash of(String pin, int iterations) {
        if (!PIN.matcher(pin).matches()) {
            throw new IllegalArgumentException("a staff PIN is 4 to 12 digits");
        }
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Why a {@code staff.pin} line is refused, in the staff's language. */
    public static final class Refused extends IllegalArgumentException {
        private final transient Wording says;

        Refused(Wording says) {
            super(says.in(Wording.ENGLISH));
            this.says = says;
        }

        public Wording says() {
            return says;
        }
    }

    /** Reads the text written by {@link #toString()}; throws IllegalArgumentException when it is not one. */
    public static PinHash parse(String text) {
        String value = text.strip();
        if (PIN.matcher(value).matches()) {
            // the message never repeats the value: it reaches logs and --validate output
            throw new Refused(Wording.of("pin.itself"));
        }
        Matcher m = TEXT.matcher(value);
        if (!m.matches()) {
            throw new Refused(Wording.of("pin.not.hash"));
        }
        long iterations = Long.parseLong(m.group(1));
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new Refused(Wording.of("pin.iterations", iterations, MIN_ITERATIONS, MAX_ITERATIONS));
        }
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            return new PinHash((int) iterations, base64.decode(m.group(2)), base64.decode(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new Refused(Wording.of("pin.not.base64"));
        }
    }

    /** True when {@code pin} is the PIN this hash was made from; compares in constant time. */
    public boolean matches(String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash p && p.iterations == iterations && Arrays.equals(p.salt, salt)
                && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    /** {@code pbkdf2-sha256:600000:SALT:HASH}, the value to write after {@code staff.pin=}. */
    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }
}
