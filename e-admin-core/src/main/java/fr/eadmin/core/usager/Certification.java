package fr.eadmin.core.usager;

import java.time.Instant;
import java.util.Objects;

/**
 * Who vouches for the value of one identity attribute, how strongly, and since when.
 *
 * <p>The factories write {@code source} in a fixed form: {@code "usager"} for a declaration,
 * {@code "franceconnect"} for FranceConnect, and {@code "agent:<agent id>:<document kind>"} for a check by an
 * agent, so that an audit can tell who checked what against which document.
 *
 * @param level how much the value is trusted
 * @param source who or what vouches for it (no personal data beyond an agent's id)
 * @param at when the value was declared or checked
 */
public record Certification(CertificationLevel level, String source, Instant at) {
    /** The source of a value the usager declared. */
    public static final String SOURCE_USAGER = "usager";

    /** The source of a value received from FranceConnect. */
    public static final String SOURCE_FRANCECONNECT = "franceconnect";

    private static final int MAX_SOURCE_LENGTH = 200;

    /**
     * Checks the values.
     *
     * @throws InvalidUsagerException if the source is blank, too long or contains control characters
     */
    public Certification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        source = Texts.requireLine("certification.source", source, MAX_SOURCE_LENGTH);
    }

    /**
     * A value the usager declared (typed in a form, said at the guichet).
     *
     * @param at when it was declared
     * @return the certification
     */
    public static Certification declared(Instant at) {
        return new Certification(CertificationLevel.DECLARED, SOURCE_USAGER, at);
    }

    /**
     * A value an agent checked against a document.
     *
     * @param agentId the id of the agent who checked it (no colon)
     * @param documentKind the kind of document seen, such as {@code "CNI"}, {@code "PASSEPORT"} or
     *     {@code "LIVRET_DE_FAMILLE"} (no colon)
     * @param at when it was checked
     * @return the certification
     * @throws InvalidUsagerException if the agent id or the document kind is blank or contains a colon
     */
    public static Certification agentVerified(String agentId, String documentKind, Instant at) {
        String agent = Texts.requireLine("certification.agentId", agentId, 100);
        String document = Texts.requireLine("certification.documentKind", documentKind, 60);
        if (agent.indexOf(':') >= 0) {
            throw new InvalidUsagerException("certification.agentId", "must not contain ':'");
        }
        if (document.indexOf(':') >= 0) {
            throw new InvalidUsagerException("certification.documentKind", "must not contain ':'");
        }
        return new Certification(CertificationLevel.AGENT_VERIFIED, "agent:" + agent + ":" + document, at);
    }

    /**
     * A value received from FranceConnect (identité pivot).
     *
     * @param at when it was received
     * @return the certification
     */
    public static Certification franceConnect(Instant at) {
        return new Certification(CertificationLevel.FRANCECONNECT, SOURCE_FRANCECONNECT, at);
    }

    /**
     * Whether this certification is as strong as, or stronger than, a required level.
     *
     * @param required the level required
     * @return true if {@link #level()} is at least {@code required}
     */
    public boolean isAtLeast(CertificationLevel required) {
        return level.isAtLeast(required);
    }
}
