package fr.eadmin.core;

import fr.eadmin.core.internal.Codes;
import fr.eadmin.core.usager.UsagerId;
import java.util.Objects;

/**
 * Who did something: the usager, an agent of the town, the system itself (a scheduled job applying an
 * expired deadline), or an agent of a partner organisation running its téléservice on the town's portal.
 * Every transition of a demande and every journal entry names its actor.
 *
 * <p>Actors are identified by technical ids only, never by names: {@link #reference()} is safe to log.
 */
public sealed interface Actor permits Actor.OfUsager, Actor.OfAgent, Actor.OfSystem, Actor.OfPartner {

    /** The kinds of actor. */
    enum Kind {
        /** The usager acting for themselves or for a member of their foyer. */
        USAGER,
        /** An agent of the organisation that owns the téléservice. */
        AGENT,
        /** The system, acting on its own (deadlines, automatic decisions). */
        SYSTEM,
        /** An agent of a partner organisation. */
        PARTNER
    }

    /**
     * The kind of actor.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * A stable, loggable reference: {@code usager:<uuid>}, {@code agent:<organisation>/<agent>},
     * {@code system:<component>} or {@code partner:<organisation>/<agent>}.
     *
     * @return the reference
     */
    String reference();

    /**
     * The usager acting.
     *
     * @param usager the usager's id
     * @return the actor
     */
    static Actor usager(UsagerId usager) {
        return new OfUsager(usager);
    }

    /**
     * An agent of the organisation.
     *
     * @param organisation the organisation's code, such as {@code "mairie-maurepas"}
     * @param agentId the agent's technical id (an account id, never a name)
     * @return the actor
     */
    static Actor agent(String organisation, String agentId) {
        return new OfAgent(organisation, agentId);
    }

    /**
     * The system.
     *
     * @param component what acted, such as {@code "deadline-sweeper"}
     * @return the actor
     */
    static Actor system(String component) {
        return new OfSystem(component);
    }

    /**
     * An agent of a partner organisation.
     *
     * @param organisation the partner's code
     * @param agentId the agent's technical id
     * @return the actor
     */
    static Actor partner(String organisation, String agentId) {
        return new OfPartner(organisation, agentId);
    }

    /**
     * Parses a {@link #reference()}.
     *
     * @param reference the reference
     * @return the actor
     * @throws IllegalArgumentException if the text is not an actor reference
     */
    static Actor parse(String reference) {
        Objects.requireNonNull(reference, "reference");
        int colon = reference.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an actor reference is <kind>:<id>");
        }
        String rest = reference.substring(colon + 1);
        int slash = rest.indexOf('/');
        return switch (reference.substring(0, colon)) {
            case "usager" -> usager(UsagerId.parse(rest));
            case "system" -> system(rest);
            case "agent", "partner" -> {
                if (slash < 0) {
                    throw new IllegalArgumentException("an agent reference is agent:<organisation>/<agent>");
                }
                String organisation = rest.substring(0, slash);
                String agent = rest.substring(slash + 1);
                yield reference.startsWith("agent") ? agent(organisation, agent) : partner(organisation, agent);
            }
            default -> throw new IllegalArgumentException("unknown actor kind in reference");
        };
    }

    /**
     * The usager.
     *
     * @param usager the usager's id
     */
    record OfUsager(UsagerId usager) implements Actor {
        /** Checks the value. */
        public OfUsager {
            Objects.requireNonNull(usager, "usager");
        }

        @Override
        public Kind kind() {
            return Kind.USAGER;
        }

        @Override
        public String reference() {
            return "usager:" + usager;
        }
    }

    /**
     * An agent.
     *
     * @param organisation the organisation's code
     * @param agentId the agent's technical id
     */
    record OfAgent(String organisation, String agentId) implements Actor {
        /** Checks the values. */
        public OfAgent {
            Codes.require("organisation", organisation);
            Codes.require("agentId", agentId);
        }

        @Override
        public Kind kind() {
            return Kind.AGENT;
        }

        @Override
        public String reference() {
            return "agent:" + organisation + "/" + agentId;
        }
    }

    /**
     * The system.
     *
     * @param component what acted
     */
    record OfSystem(String component) implements Actor {
        /** Checks the value. */
        public OfSystem {
            Codes.require("component", component);
        }

        @Override
        public Kind kind() {
            return Kind.SYSTEM;
        }

        @Override
        public String reference() {
            return "system:" + component;
        }
    }

    /**
     * An agent of a partner organisation.
     *
     * @param organisation the partner's code
     * @param agentId the agent's technical id
     */
    record OfPartner(String organisation, String agentId) implements Actor {
        /** Checks the values. */
        public OfPartner {
            Codes.require("organisation", organisation);
            Codes.require("agentId", agentId);
        }

        @Override
        public Kind kind() {
            return Kind.PARTNER;
        }

        @Override
        public String reference() {
            return "partner:" + organisation + "/" + agentId;
        }
    }
}
