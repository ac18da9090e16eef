package fr.eadmin.identity.account.spi;

import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TokenPurpose;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A single-use token as stored: its SHA-256 digest, never the token.
 *
 * @param digest the SHA-256 of the token's 32 bytes, 64 lower-case hex digits
 * @param accountId the account it was issued for
 * @param purpose what it is for
 * @param issuedAt when it was issued
 * @param expiresAt when it stops being accepted
 * @param usedAt when it was used or revoked, null while neither
 */
public record StoredToken(
        String digest,
        AccountId accountId,
        TokenPurpose purpose,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {
    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the digest is not 64 lower-case hex digits or it expires before
     *     it is issued
     */
    public StoredToken {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (digest.length() != 64
                || !digest.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("a digest is 64 lower-case hex digits");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }
}
