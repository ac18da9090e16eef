package fr.eadmin.identity.franceconnect;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A login sent to FranceConnect and not yet come back: what the callback must match. The application keeps
 * the {@link #state()} in the usager's session; the client keeps the whole login in its {@link
 * fr.eadmin.identity.franceconnect.spi.PendingLoginStore}. {@link #toString()} hides state and nonce.
 *
 * @param state the {@code state} sent, URL-safe, at least 128 random bits
 * @param nonce the {@code nonce} sent, URL-safe, at least 128 random bits
 * @param requestedLevel the eIDAS level asked for
 * @param createdAt when the login started
 */
public record PendingLogin(String state, String nonce, EidasLevel requestedLevel, Instant createdAt) {
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the state or the nonce is not 22 to 128 URL-safe characters (22
     *     Base64url characters carry 128 bits)
     */
    public PendingLogin {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(requestedLevel, "requestedLevel");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!URL_SAFE.matcher(state).matches() || !URL_SAFE.matcher(nonce).matches()) {
            throw new IllegalArgumentException("state and nonce are 22 to 128 URL-safe characters");
        }
    }

    @Override
    public String toString() {
        return "PendingLogin[" + requestedLevel.acr() + ", created " + createdAt + "]";
    }
}
