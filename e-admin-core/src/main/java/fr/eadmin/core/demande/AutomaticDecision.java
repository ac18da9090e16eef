package fr.eadmin.core.demande;

import java.util.Objects;

/**
 * What {@link DemandeService#applyExpiredDeadlines} did to one demande.
 *
 * @param demande the demande
 * @param reference its reference
 * @param action {@link DemandeAction#IMPLICIT_ACCEPTANCE}, {@link DemandeAction#IMPLICIT_REJECTION} or {@link
 *     DemandeAction#FLAG_LATE}
 * @param state its state afterwards
 */
public record AutomaticDecision(
        DemandeId demande, DemandeReference reference, DemandeAction action, DemandeState state) {
    /** Checks the values. */
    public AutomaticDecision {
        Objects.requireNonNull(demande, "demande");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
    }
}
