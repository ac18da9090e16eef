package fr.eadmin.identity.franceconnect;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A FranceConnect login that passed every check. {@link #toString()} shows no personal data nor token.
 *
 * @param subject the person's identifier for this service provider: the key to link an account
 * @param level the eIDAS level of the authentication
 * @param identity the identité pivot, or null if no pivot scope was asked for
 * @param idToken the ID token, kept for the {@code id_token_hint} of the logout
 */
public record FranceConnectLogin(
        FranceConnectSubject subject,
        EidasLevel level,
        @Nullable IdentitePivot identity,
        String idToken) {
    /** Checks the values. */
    public FranceConnectLogin {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(idToken, "idToken");
    }

    @Override
    public String toString() {
        return "FranceConnectLogin[" + level.acr() + ", identity " + (identity == null ? "absent" : "present") + "]";
    }
}
