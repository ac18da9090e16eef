package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a demande's history: who did what, through which channel, when, and why.
 *
 * @param position the step's position in the history, from 0 (the creation)
 * @param action what was done
 * @param from the state before, null for the creation
 * @param to the state after (the same as {@code from} for an action that does not change the state)
 * @param actor who did it
 * @param channel through which channel
 * @param at when
 * @param reason why, or a short comment; null if none was given
 */
public record Step(
        int position,
        DemandeAction action,
        @Nullable DemandeState from,
        DemandeState to,
        Actor actor,
        Channel channel,
        Instant at,
        @Nullable String reason) {
    /** The longest reason accepted. */
    public static final int MAX_REASON_LENGTH = 2000;

    /** Checks the values. */
    public Step {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        if ((from == null) != (action == DemandeAction.CREATE)) {
            throw new IllegalArgumentException("only the creation has no previous state");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidDemandeException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
    }
}
