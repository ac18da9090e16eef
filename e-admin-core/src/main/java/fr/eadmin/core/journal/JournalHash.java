package fr.eadmin.core.journal;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in the journal: the hash of an entry, or the previous hash it is chained to. Written as
 * 64 lower-case hexadecimal digits, which is also how the JDBC journal stores it.
 *
 * @param hex the 64 lower-case hexadecimal digits of the 32 bytes
 */
public record JournalHash(String hex) {
    // Before GENESIS: the constructor needs it.
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** The number of bytes of a SHA-256 digest. */
    public static final int LENGTH = 32;

    /** The previous hash of the first entry: 32 zero bytes. */
    public static final JournalHash GENESIS = new JournalHash("0".repeat(2 * LENGTH));

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if it is not 64 lower-case hexadecimal digits
     */
    public JournalHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a journal hash is 64 lower-case hexadecimal digits");
        }
    }

    /**
     * The hash of these 32 bytes.
     *
     * @param bytes a SHA-256 digest
     * @return the hash
     * @throws IllegalArgumentException if there are not 32 bytes
     */
    public static JournalHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a journal hash has 32 bytes, not " + bytes.length);
        }
        return new JournalHash(HexFormat.of().formatHex(bytes));
    }

    /**
     * Parses 64 hexadecimal digits, in either case.
     *
     * @param hex the digits
     * @return the hash
     * @throws IllegalArgumentException if the text is not 64 hexadecimal digits
     */
    public static JournalHash parse(String hex) {
        Objects.requireNonNull(hex, "hex");
        return new JournalHash(hex.toLowerCase(Locale.ROOT));
    }

    /**
     * The 32 bytes.
     *
     * @return a new array
     */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
