package fr.eadmin.core.journal;

import java.util.Objects;

/**
 * One entry of the journal: an event at its position, chained to the entry before by hash.
 *
 * <p>Positions start at 1 and have no gaps. {@code hash} is {@link JournalEncoding#hash(JournalEvent,
 * JournalHash) SHA-256(encode(event) || previousHash)}; {@code previousHash} is the hash of the entry at
 * {@code position - 1}, or {@link JournalHash#GENESIS} for the first entry. A journal creates its entries
 * with {@link #chain}; the canonical constructor accepts any hash, so that entries read back from storage
 * can be checked ({@link #hashMatchesContent()}, {@link JournalVerifier}).
 *
 * @param position the position, from 1
 * @param event the event
 * @param previousHash the hash of the entry before
 * @param hash the hash of this entry
 */
public record JournalEntry(long position, JournalEvent event, JournalHash previousHash, JournalHash hash) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the position is below 1
     */
    public JournalEntry {
        if (position < 1) {
            throw new IllegalArgumentException("journal positions start at 1");
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * The first entry of a journal.
     *
     * @param event the event
     * @return the entry at position 1, chained to {@link JournalHash#GENESIS}
     */
    public static JournalEntry first(JournalEvent event) {
        return chain(1, event, JournalHash.GENESIS);
    }

    /**
     * The entry that follows this one.
     *
     * @param event the next event
     * @return the entry at the next position, chained to this entry's hash
     */
    public JournalEntry next(JournalEvent event) {
        return chain(position + 1, event, hash);
    }

    /**
     * A new entry, its hash computed from the event and the previous hash.
     *
     * @param position the position, from 1
     * @param event the event
     * @param previousHash the hash of the entry at {@code position - 1}, or {@link JournalHash#GENESIS}
     * @return the entry
     */
    public static JournalEntry chain(long position, JournalEvent event, JournalHash previousHash) {
        return new JournalEntry(position, event, previousHash, JournalEncoding.hash(event, previousHash));
    }

    /**
     * Whether the hash is the one computed from the event and the previous hash: false if any of the three
     * was changed after the entry was made.
     *
     * @return true if the entry is intact
     */
    public boolean hashMatchesContent() {
        return JournalEncoding.hash(event, previousHash).equals(hash);
    }
}
