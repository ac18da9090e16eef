package fr.eadmin.identity.account;

import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id password hash in the PHC string format, as the reference implementation and most libraries
 * write it: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard Base64 without
 * padding. Only Argon2id version 19 (0x13) is read.
 *
 * <p>{@link #toString()} shows the parameters only, so that a hash does not end up in a log.
 *
 * @param value the PHC string
 */
public record PasswordHash(String value) {
    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=([1-9][0-9]{0,9}),t=([1-9][0-9]{0,9}),p=([1-9][0-9]{0,2})"
                    + "\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{6,})");

    /**
     * Checks the format.
     *
     * @throws InvalidPasswordHashException if the value is not an Argon2id v19 PHC string
     */
    public PasswordHash {
        Objects.requireNonNull(value, "value");
        Matcher m = matcher(value);
        decode(m.group(4), "salt", 8);
        decode(m.group(5), "hash", 4);
        number(m.group(1), "m");
        number(m.group(2), "t");
    }

    /**
     * Reads a PHC string.
     *
     * @param phc the string
     * @return the hash
     * @throws InvalidPasswordHashException if it is not an Argon2id v19 PHC string
     */
    public static PasswordHash parse(String phc) {
        return new PasswordHash(phc);
    }

    /**
     * Writes a PHC string.
     *
     * @param memoryKib m
     * @param iterations t
     * @param parallelism p
     * @param salt the salt
     * @param hash the tag
     * @return the hash
     */
    public static PasswordHash of(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash("$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
    }

    /** {@return the memory in KiB (m)} */
    public int memoryKib() {
        return number(matcher(value).group(1), "m");
    }

    /** {@return the passes (t)} */
    public int iterations() {
        return number(matcher(value).group(2), "t");
    }

    /** {@return the lanes (p)} */
    public int parallelism() {
        return number(matcher(value).group(3), "p");
    }

    /** {@return a copy of the salt} */
    public byte[] salt() {
        return decode(matcher(value).group(4), "salt", 8);
    }

    /** {@return a copy of the tag} */
    public byte[] hash() {
        return decode(matcher(value).group(5), "hash", 4);
    }

    @Override
    public String toString() {
        return "PasswordHash[argon2id m=" + memoryKib() + ",t=" + iterations() + ",p=" + parallelism() + "]";
    }

    private static Matcher matcher(String value) {
        Matcher m = PHC.matcher(value);
        if (!m.matches()) {
            throw new InvalidPasswordHashException("not an Argon2id version 19 PHC string");
        }
        return m;
    }

    private static int number(String digits, String name) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidPasswordHashException(name + " out of range");
        }
    }

    private static byte[] decode(String text, String name, int minLength) {
        if (text.length() % 4 == 1) {
            throw new InvalidPasswordHashException(name + " is not Base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidPasswordHashException(name + " is not Base64");
        }
        if (bytes.length < minLength) {
            throw new InvalidPasswordHashException(name + " shorter than " + minLength + " bytes");
        }
        if (!Base64.getEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
            throw new InvalidPasswordHashException(name + " is not canonical Base64");
        }
        return bytes;
    }
}
