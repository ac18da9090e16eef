/**
 * The traceability journal: an append-only record of every event on every demande and every agent access
 * to personal data, chained by SHA-256 so that any modification, deletion, insertion or reordering of its
 * entries is detected ({@link fr.eadmin.core.journal.JournalVerifier}), and sealed from time to time by a
 * trusted timestamp.
 *
 * <p>The values here ({@link fr.eadmin.core.journal.JournalEvent}, {@link fr.eadmin.core.journal.JournalEntry},
 * {@link fr.eadmin.core.journal.JournalSeal}) and the canonical encoding ({@link
 * fr.eadmin.core.journal.JournalEncoding}) are shared by every implementation of {@link
 * fr.eadmin.core.spi.Journal}. The encoding is documented byte by byte so that an auditor can write an
 * independent verifier.
 */
@NullMarked
package fr.eadmin.core.journal;

import org.jspecify.annotations.NullMarked;
