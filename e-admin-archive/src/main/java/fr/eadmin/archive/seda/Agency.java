package fr.eadmin.archive.seda;

import java.util.Objects;

/**
 * An organisation named in a transfer: the archive service ({@code ArchivalAgency}) or the transferring
 * service ({@code TransferringAgency}), by its identifier (a SIREN, a code agreed with the archive service).
 *
 * @param identifier the identifier, not blank
 */
public record Agency(String identifier) {
    /** Checks the value. */
    public Agency {
        Text.requireToken(identifier, "identifier");
    }

    /**
     * An agency by identifier.
     *
     * @param identifier the identifier
     * @return the agency
     */
    public static Agency of(String identifier) {
        return new Agency(Objects.requireNonNull(identifier, "identifier"));
    }
}
