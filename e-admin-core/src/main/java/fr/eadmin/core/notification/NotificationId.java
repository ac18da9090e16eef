package fr.eadmin.core.notification;

import fr.eadmin.core.UuidV7;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a notification, which the outbox uses to de-duplicate: a notification enqueued twice with the
 * same id is recorded once.
 *
 * <p>Notifications caused by an event take a {@linkplain #derived(String, String) derived} id, computed from
 * the event, so that replaying the event (a retried transaction, a re-run batch) yields the same id and
 * notifies the usager once: {@snippet :
 * NotificationId id = NotificationId.derived("accuse-reception", demandeId + "/email");
 * }
 *
 * @param value the UUID: version 5 (name-based) when derived, version 7 (time-ordered) when generated
 */
public record NotificationId(UUID value) implements Comparable<NotificationId> {
    /** The root of every derived id's namespace (itself a version 5 UUID of "e-admin notification"). */
    private static final UUID ROOT = nameBased(
            UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), // RFC 9562 namespace for URLs
            "urn:fr.eadmin:notification");

    /** Checks the value. */
    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id that a given event always yields: a name-based UUID (version 5, SHA-1, RFC 9562 section 5.5) of
     * the key within the namespace. Different namespaces never give the same id for the same key.
     *
     * @param namespace what kind of event this is, such as {@code "accuse-reception"}; not blank
     * @param key what identifies the event within its kind, such as the demande's id and the channel; not
     *     blank, and not personal data (the id is derived from it, and the key is not kept)
     * @return the id
     * @throws IllegalArgumentException if the namespace or the key is blank
     */
    public static NotificationId derived(String namespace, String key) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(key, "key");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("the namespace of a derived notification id is blank");
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("the key of a derived notification id is blank");
        }
        return new NotificationId(nameBased(nameBased(ROOT, namespace), key));
    }

    /**
     * A new time-ordered id (UUID version 7), for a notification that no event replay can produce twice.
     *
     * @param clock the clock stamping the id
     * @return a new id
     */
    public static NotificationId generate(Clock clock) {
        return new NotificationId(UuidV7.next(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Parses the canonical UUID form.
     *
     * @param text a UUID such as {@code 0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d}
     * @return the id
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static NotificationId parse(String text) {
        return new NotificationId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public int compareTo(NotificationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }

    /** RFC 9562, 5.5: SHA-1 of the namespace's 16 bytes then the name in UTF-8; version 5, variant 10. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        long msb = bytes.getLong();
        long lsb = bytes.getLong();
        msb = (msb & ~0xF000L) | 0x5000L;
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
