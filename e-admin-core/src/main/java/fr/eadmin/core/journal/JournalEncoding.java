package fr.eadmin.core.journal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical encoding of a journal event, and the hash that chains entries. Deterministic: the same event
 * always gives the same bytes, whatever the implementation of the journal or the database.
 *
 * <h2>Encoding, byte by byte (format 1)</h2>
 *
 * A <em>string</em> is written as its length in bytes of UTF-8, an unsigned 32-bit big-endian integer, then
 * those bytes (every field allowed by {@link JournalEvent} is ASCII, so one character is one byte). The
 * encoding of an event is, in this order, with nothing in between:
 *
 * <ol>
 *   <li>the string {@value #FORMAT}, which names the format;
 *   <li>{@code at}: the number of microseconds since 1970-01-01T00:00:00Z, a signed 64-bit big-endian
 *       integer;
 *   <li>the string {@code actor.reference()}, such as {@code agent:mairie-maurepas/a-1042} (see {@link
 *       fr.eadmin.core.Actor#reference()});
 *   <li>the string {@code action};
 *   <li>the string {@code subjectType};
 *   <li>the string {@code subjectId};
 *   <li>the number of details, an unsigned 32-bit big-endian integer;
 *   <li>for each detail, in ascending order of keys (compared character by character; keys are ASCII, so
 *       this is also the order of their bytes): the string key, then the string value.
 * </ol>
 *
 * <h2>Hash</h2>
 *
 * The hash of an entry is SHA-256 over its event's encoding followed by the 32 bytes of the previous entry's
 * hash; the first entry's previous hash is 32 zero bytes ({@link JournalHash#GENESIS}). The position of the
 * entry is not hashed: it follows from the chain (the entry whose previous hash is the hash of entry
 * {@code n} is entry {@code n + 1}), so that a row moved to another position shows as a broken chain rather
 * than as a modified entry.
 *
 * {@snippet :
 * hash(1) = SHA-256(encode(event(1)) || 0x00 * 32)
 * hash(n) = SHA-256(encode(event(n)) || hash(n - 1))
 * }
 */
public final class JournalEncoding {
    /** The name of the format, the first string of every encoding. */
    public static final String FORMAT = "e-admin journal 1";

    private JournalEncoding() {}

    /**
     * The canonical encoding of an event.
     *
     * @param event the event
     * @return the bytes described above
     */
    public static byte[] encode(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        writeString(out, FORMAT);
        writeLong(out, micros(event.at()));
        writeString(out, event.actor().reference());
        writeString(out, event.action());
        writeString(out, event.subjectType());
        writeString(out, event.subjectId());
        writeInt(out, event.details().size());
        // JournalEvent keeps its details in a sorted map: iteration is in ascending key order.
        for (Map.Entry<String, String> detail : event.details().entrySet()) {
            writeString(out, detail.getKey());
            writeString(out, detail.getValue());
        }
        return out.toByteArray();
    }

    /**
     * The hash of an entry: SHA-256 of the event's encoding followed by the previous hash.
     *
     * @param event the entry's event
     * @param previous the previous entry's hash, or {@link JournalHash#GENESIS} for the first entry
     * @return the entry's hash
     */
    public static JournalHash hash(JournalEvent event, JournalHash previous) {
        Objects.requireNonNull(previous, "previous");
        MessageDigest sha256 = sha256();
        sha256.update(encode(event));
        sha256.update(previous.bytes());
        return JournalHash.of(sha256.digest());
    }

    /**
     * The number of microseconds since 1970-01-01T00:00:00Z, as encoded.
     *
     * @param at an instant
     * @return the microseconds, finer digits dropped
     * @throws ArithmeticException if the instant is too far from 1970 for 64 bits (not for any event's time)
     */
    public static long micros(Instant at) {
        Objects.requireNonNull(at, "at");
        // Not ChronoUnit.MICROS.between: it counts in nanoseconds first, which overflow after 2262.
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        writeInt(out, (int) (value >>> 32));
        writeInt(out, (int) value);
    }
}
