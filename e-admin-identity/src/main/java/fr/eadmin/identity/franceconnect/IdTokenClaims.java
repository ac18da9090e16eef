package fr.eadmin.identity.franceconnect;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verified ID token says.
 *
 * @param subject the person's identifier for this service provider
 * @param level the eIDAS level of the authentication
 * @param issuedAt when the token was issued
 * @param expiresAt when it expires
 */
public record IdTokenClaims(FranceConnectSubject subject, EidasLevel level, Instant issuedAt, Instant expiresAt) {
    /** Checks the values. */
    public IdTokenClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
