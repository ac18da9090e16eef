package fr.eadmin.identity.account.spi;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TokenPurpose;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the digests of single-use tokens.
 *
 * <p>What a JDBC implementation needs (a later step): a table {@code account_token} with {@code digest}
 * (char 64, primary key), {@code account_id} (UUID, indexed with {@code purpose}), {@code purpose} (short
 * text), {@code issued_at}, {@code expires_at} (indexed, for the purge) and {@code used_at} (nullable)
 * timestamps; {@link #markUsed} is one {@code UPDATE … SET used_at = ? WHERE digest = ? AND used_at IS NULL}
 * whose row count says whether this caller won.
 */
public interface TokenStore {
    /**
     * Stores a new token.
     *
     * @param token the token
     * @throws DuplicateKeyException if the digest exists (32 random bytes: it does not happen)
     */
    void save(StoredToken token);

    /**
     * Finds a token by digest.
     *
     * @param digest the digest
     * @return the token, if any
     */
    Optional<StoredToken> find(String digest);

    /**
     * Marks a token used, atomically, if it is not already.
     *
     * @param digest the digest
     * @param at now
     * @return {@code true} if this call marked it, {@code false} if it was used already or is unknown
     */
    boolean markUsed(String digest, Instant at);

    /**
     * Marks used every unused token of an account for a purpose: a new password reset link revokes the
     * earlier ones.
     *
     * @param accountId the account
     * @param purpose the purpose
     * @param at now
     * @return how many were revoked
     */
    int revokeUnused(AccountId accountId, TokenPurpose purpose, Instant at);

    /**
     * Deletes tokens that expired before an instant.
     *
     * @param before the instant
     * @return how many were deleted
     */
    int deleteExpired(Instant before);
}
