package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import java.util.EnumSet;
import java.util.Set;

/** What happened to a demande: each step of its history is one action. */
public enum DemandeAction {
    /** The draft was created. */
    CREATE(EnumSet.of(Actor.Kind.USAGER, Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** The draft was changed (answers, pièces). */
    UPDATE_DRAFT(EnumSet.of(Actor.Kind.USAGER, Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** The demande was deposited: the administration received it. */
    DEPOSIT(EnumSet.of(Actor.Kind.USAGER, Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** The service started examining it. */
    START_INSTRUCTION(EnumSet.of(Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** Missing pièces or corrections were requested. */
    REQUEST_PIECES(EnumSet.of(Actor.Kind.AGENT, Actor.Kind.PARTNER, Actor.Kind.SYSTEM)),
    /** The requested pièces arrived. */
    RECEIVE_PIECES(EnumSet.of(Actor.Kind.USAGER, Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** Accepted by an express decision. */
    ACCEPT(EnumSet.of(Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** Refused by an express decision. */
    REFUSE(EnumSet.of(Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** Closed without a decision on the merits; a usager may withdraw their own demande. */
    CLASSER_SANS_SUITE(EnumSet.of(Actor.Kind.USAGER, Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** A decision was withdrawn and the demande is examined again. */
    REOPEN(EnumSet.of(Actor.Kind.AGENT, Actor.Kind.PARTNER)),
    /** The delay ran out under silence vaut acceptation: an implicit acceptance was born. */
    IMPLICIT_ACCEPTANCE(EnumSet.of(Actor.Kind.SYSTEM)),
    /** The delay ran out under silence vaut rejet: an implicit rejection was born. */
    IMPLICIT_REJECTION(EnumSet.of(Actor.Kind.SYSTEM)),
    /** The delay ran out without a silence rule: the demande is late. */
    FLAG_LATE(EnumSet.of(Actor.Kind.SYSTEM));

    private final Set<Actor.Kind> actors;

    DemandeAction(Set<Actor.Kind> actors) {
        this.actors = actors;
    }

    /**
     * Whether this kind of actor may take this action (before the state is even considered).
     *
     * @param kind the kind of actor
     * @return true if allowed
     */
    public boolean allows(Actor.Kind kind) {
        return actors.contains(kind);
    }
}
