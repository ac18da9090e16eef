package fr.eadmin.identity.franceconnect;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The eIDAS level of assurance of a FranceConnect authentication, as its {@code acr} claim gives it: the
 * order of the constants is the order of strength.
 */
public enum EidasLevel {
    /** Low ({@code eidas1}): the level of most identity providers behind FranceConnect. */
    EIDAS1,
    /** Substantial ({@code eidas2}). */
    EIDAS2,
    /** High ({@code eidas3}). */
    EIDAS3;

    /**
     * The value of the {@code acr} claim and of the {@code acr_values} parameter.
     *
     * @return {@code eidas1}, {@code eidas2} or {@code eidas3}
     */
    public String acr() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an {@code acr} value.
     *
     * @param acr the value
     * @return the level, or empty if the value is not an eIDAS level
     */
    public static Optional<EidasLevel> fromAcr(String acr) {
        Objects.requireNonNull(acr, "acr");
        for (EidasLevel level : values()) {
            if (level.acr().equals(acr)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this level is as strong as another.
     *
     * @param required the level required
     * @return true if this level is at least {@code required}
     */
    public boolean isAtLeast(EidasLevel required) {
        return compareTo(Objects.requireNonNull(required, "required")) >= 0;
    }
}
