package fr.eadmin.identity.pki;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * How to create a certification authority.
 *
 * @param name the authority's distinguished name ({@code CN=Mairie de Lyon - AC racine, O=Ville de Lyon,
 *     C=FR})
 * @param algorithm the algorithm of its key
 * @param validity how long its certificate is valid, from the clock's now
 * @param crlUrl where the CRLs this authority signs are published: written in the CRL distribution points of
 *     every certificate it issues; null for none
 */
public record AuthoritySettings(
        X500Principal name,
        KeyAlgorithm algorithm,
        Duration validity,
        @Nullable URI crlUrl) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the validity is not positive or the URL is not absolute
     */
    public AuthoritySettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an authority's validity is positive");
        }
        if (crlUrl != null && !crlUrl.isAbsolute()) {
            throw new IllegalArgumentException("a CRL distribution point is an absolute URL");
        }
    }

    /**
     * Settings for an authority whose CRLs are not published at a URL.
     *
     * @param name the distinguished name
     * @param algorithm the key algorithm
     * @param validity the validity
     * @return the settings
     */
    public static AuthoritySettings of(X500Principal name, KeyAlgorithm algorithm, Duration validity) {
        return new AuthoritySettings(name, algorithm, validity, null);
    }

    /**
     * The same settings with CRLs published at a URL.
     *
     * @param url the absolute URL of the CRL
     * @return the settings
     */
    public AuthoritySettings withCrlUrl(URI url) {
        return new AuthoritySettings(name, algorithm, validity, Objects.requireNonNull(url, "url"));
    }
}
