package fr.eadmin.archive.seda;

import java.util.List;
import java.util.Objects;

/**
 * What a package holds once written: its message identifier and the binary data objects, in manifest order.
 *
 * @param messageIdentifier the transfer's message identifier
 * @param objects the binary data objects
 */
public record SipResult(String messageIdentifier, List<SipObject> objects) {
    /** Copies the list. */
    public SipResult {
        Objects.requireNonNull(messageIdentifier, "messageIdentifier");
        objects = List.copyOf(objects);
    }

    /**
     * The total size of the content, manifest excluded.
     *
     * @return the sum of the objects' sizes, in bytes
     */
    public long contentSize() {
        return objects.stream().mapToLong(SipObject::size).sum();
    }
}
