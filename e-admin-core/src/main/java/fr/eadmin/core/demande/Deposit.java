package fr.eadmin.core.demande;

import fr.eadmin.core.spi.Versioned;
import java.util.Objects;

/**
 * The result of depositing a demande: the demande as stored and its accusé de réception.
 *
 * @param demande the deposited demande and its version
 * @param accuseReception the content of the accusé de réception
 */
public record Deposit(Versioned<Demande> demande, AccuseReception accuseReception) {
    /** Checks the values. */
    public Deposit {
        Objects.requireNonNull(demande, "demande");
        Objects.requireNonNull(accuseReception, "accuseReception");
    }
}
