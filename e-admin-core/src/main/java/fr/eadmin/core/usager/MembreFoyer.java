package fr.eadmin.core.usager;

import java.util.Objects;

/**
 * One member of a {@link Foyer}: an {@link Individu}, referred to by its id, and its role.
 *
 * @param individu the id of the individu, stored on its own
 * @param role its role in the foyer
 */
public record MembreFoyer(UsagerId individu, RoleFoyer role) {
    /** Checks the values. */
    public MembreFoyer {
        Objects.requireNonNull(individu, "individu");
        Objects.requireNonNull(role, "role");
    }
}
