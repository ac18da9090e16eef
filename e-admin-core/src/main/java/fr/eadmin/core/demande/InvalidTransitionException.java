package fr.eadmin.core.demande;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * An action is not allowed on a demande: not from its current state, not by that kind of actor (a usager
 * cannot accept their own demande), not by that usager, or not through that channel. Nothing was changed.
 */
public final class InvalidTransitionException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #demande()}. */
    private final DemandeId demande;
    /** See {@link #current()}. */
    private final DemandeState current;
    /** See {@link #attempted()}. */
    private final DemandeAction attempted;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param demande the demande
     * @param current its current state
     * @param attempted the action refused
     * @param reason why, without personal data
     */
    public InvalidTransitionException(DemandeId demande, DemandeState current, DemandeAction attempted, String reason) {
        super("demande " + demande + " in state " + current + ": " + attempted + " refused: " + reason);
        this.demande = demande;
        this.current = current;
        this.attempted = attempted;
        this.reason = reason;
    }

    /** {@return the demande} */
    public DemandeId demande() {
        return demande;
    }

    /** {@return its state when the action was refused} */
    public DemandeState current() {
        return current;
    }

    /** {@return the action refused} */
    public DemandeAction attempted() {
        return attempted;
    }

    /** {@return why it was refused} */
    public String reason() {
        return reason;
    }
}
