package fr.eadmin.identity.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A token just issued, to send to the holder (in a link). Only its SHA-256 digest is stored: this value
 * exists nowhere else. {@link #toString()} does not show it.
 *
 * @param value the token in Base64url without padding (43 characters for 32 bytes)
 * @param purpose what it is for
 * @param expiresAt when it stops being accepted
 */
public record IssuedToken(String value, TokenPurpose purpose, Instant expiresAt) {
    /** Checks the fields are present. */
    public IssuedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + purpose + ", expires " + expiresAt + "]";
    }
}
