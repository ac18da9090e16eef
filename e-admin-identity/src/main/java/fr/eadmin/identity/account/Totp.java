package fr.eadmin.identity.account;

import fr.eadmin.identity.CryptographicFailureException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over HOTP, RFC 4226): the agents' second factor.
 *
 * <p>Defaults: HMAC-SHA-1, 6 digits, 30-second steps counted from the Unix epoch, one step of tolerance on
 * either side for clock drift (RFC 6238 section 5.2). A code is accepted only for a step later than the last
 * one used, so a code seen over a shoulder cannot be replayed, nor an earlier one.
 */
public final class Totp {
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final TotpAlgorithm algorithm;
    private final int digits;
    private final long stepSeconds;
    private final int window;

    private Totp(TotpAlgorithm algorithm, int digits, long stepSeconds, int window) {
        this.algorithm = algorithm;
        this.digits = digits;
        this.stepSeconds = stepSeconds;
        this.window = window;
    }

    /**
     * SHA-1, 6 digits, 30 s, ±1 step.
     *
     * @return the generator
     */
    public static Totp standard() {
        return of(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30), 1);
    }

    /**
     * A generator with chosen settings.
     *
     * @param algorithm the HMAC
     * @param digits 6 to 8
     * @param step the time step, whole seconds, 1 s to 5 min
     * @param window the steps accepted on either side of the current one, 0 to 2
     * @return the generator
     */
    public static Totp of(TotpAlgorithm algorithm, int digits, Duration step, int window) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(step, "step");
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8, got " + digits);
        }
        if (step.getNano() != 0 || step.getSeconds() < 1 || step.getSeconds() > 300) {
            throw new IllegalArgumentException("the step must be 1 to 300 whole seconds");
        }
        if (window < 0 || window > 2) {
            throw new IllegalArgumentException("the window must be 0 to 2 steps, got " + window);
        }
        return new Totp(algorithm, digits, step.getSeconds(), window);
    }

    /**
     * The step an instant falls in: seconds since the epoch divided by the step length.
     *
     * @param instant the instant, not before the epoch
     * @return the step number
     */
    public long step(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.getEpochSecond() < 0) {
            throw new IllegalArgumentException("TOTP steps start at the Unix epoch");
        }
        return instant.getEpochSecond() / stepSeconds;
    }

    /**
     * The code of a step.
     *
     * @param secret the secret
     * @param step the step number
     * @return the code, left-padded with zeros to the number of digits
     */
    public String code(TotpSecret secret, long step) {
        Objects.requireNonNull(secret, "secret");
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance(algorithm.macName());
            hmac.init(new SecretKeySpec(secret.bytes(), algorithm.macName()));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (step >>> (8 * (7 - i)));
            }
            mac = hmac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("compute a TOTP code", e);
        }
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24)
                | ((mac[offset + 1] & 0xff) << 16)
                | ((mac[offset + 2] & 0xff) << 8)
                | (mac[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * Checks a code typed at an instant. Every step of the window is computed and compared in constant time,
     * whatever matches.
     *
     * @param secret the secret
     * @param code what the agent typed
     * @param lastUsedStep the step of the last code accepted for this secret, 0 if none
     * @param now the instant of the check
     * @return the matching step, later than {@code lastUsedStep}, to record as used; empty if refused
     */
    public OptionalLong verify(TotpSecret secret, String code, long lastUsedStep, Instant now) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(code, "code");
        if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        long matched = -1;
        for (long s = current - window; s <= current + window; s++) {
            boolean equal = MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII), typed);
            if (equal && s > lastUsedStep && matched < 0) {
                matched = s;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    /**
     * The enrolment URI an authenticator application reads from a QR code (the Key Uri Format):
     * {@code otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30}.
     *
     * @param secret the secret
     * @param issuer who issues the code, such as the town's name
     * @param accountName the account as the agent recognises it, such as its login
     * @return the URI
     */
    public URI otpauthUri(TotpSecret secret, String issuer, String accountName) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(accountName, "accountName");
        if (issuer.isBlank() || issuer.contains(":") || accountName.isBlank()) {
            throw new IllegalArgumentException("issuer and account name must be non-blank, issuer without ':'");
        }
        String label = encode(issuer) + ":" + encode(accountName);
        return URI.create("otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + encode(issuer)
                + "&algorithm=" + algorithm.uriName() + "&digits=" + digits + "&period=" + stepSeconds);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
