package fr.eadmin.core.usager;

/**
 * The person or body the administration serves. Each kind is an immutable record; changes produce a new
 * value through its {@code with...} methods and are saved through a {@link fr.eadmin.core.spi.UsagerStore}.
 *
 * {@snippet :
 * String libelle = switch (usager) {
 *     case Individu i -> i.nomUsuel();
 *     case Foyer f -> f.libelle();
 *     case Entreprise e -> e.raisonSociale();
 *     case Association a -> a.nom();
 * };
 * }
 */
public sealed interface Usager permits Individu, Foyer, Entreprise, Association {
    /**
     * The technical id of this usager.
     *
     * @return the id, stable for the life of the usager
     */
    UsagerId id();

    /**
     * The kind of this usager, which matches its type.
     *
     * @return the kind
     */
    UsagerKind kind();
}
