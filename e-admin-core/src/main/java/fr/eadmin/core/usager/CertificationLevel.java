package fr.eadmin.core.usager;

import java.util.Objects;

/**
 * How much the administration trusts the value of an identity attribute, from the weakest to the strongest.
 * The order of the constants is the order of trust: a téléservice that needs a verified identity asks
 * {@code level.isAtLeast(AGENT_VERIFIED)}.
 */
public enum CertificationLevel {
    /** The usager typed it; nobody checked it. */
    DECLARED,
    /** An agent checked it against a document (pièce d'identité, livret de famille...). */
    AGENT_VERIFIED,
    /** It came from FranceConnect, which takes it from the état civil (RNIPP). */
    FRANCECONNECT;

    /**
     * Whether this level is as strong as, or stronger than, another one.
     *
     * @param required the level required
     * @return true if this level is at least {@code required}
     */
    public boolean isAtLeast(CertificationLevel required) {
        return compareTo(Objects.requireNonNull(required, "required")) >= 0;
    }
}
