package fr.eadmin.core.usager;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A legal representative of an {@link Entreprise} or an {@link Association}: the person (or, for some
 * companies, the legal person) who acts in its name.
 *
 * <p>A representative with prénoms is a person, and {@code nom} follows the rules of a person's name. A
 * representative without prénoms is a legal person (the président of a SAS may be another company), and
 * {@code nom} is its raison sociale.
 *
 * @param nom the nom of the person, or the raison sociale of a legal person
 * @param prenoms the prénoms of the person; empty for a legal person
 * @param qualite the capacity in which it represents, such as {@code "gérant"}, {@code "président"},
 *     {@code "trésorière"}
 * @param individu the id of the linked {@link Individu}, when the representative is known as a usager
 */
public record Representant(
        String nom,
        List<String> prenoms,
        String qualite,
        @Nullable UsagerId individu) {
    /**
     * Checks and normalises the values.
     *
     * @throws InvalidUsagerException if a name or the qualité is blank, too long or not a name
     */
    public Representant {
        Objects.requireNonNull(prenoms, "prenoms");
        prenoms = Texts.names("representant.prenoms", prenoms, Individu.MAX_PRENOMS);
        nom = prenoms.isEmpty()
                ? Texts.requireLine("representant.nom", nom, Entreprise.MAX_RAISON_SOCIALE_LENGTH)
                : Texts.requireName("representant.nom", nom);
        qualite = Texts.requireLine("representant.qualite", qualite, 100);
    }

    /**
     * A representative who is a person.
     *
     * @param nom the nom
     * @param prenoms the prénoms, at least one
     * @param qualite the capacity, such as {@code "gérant"}
     * @return the representative, not linked to an individu
     */
    public static Representant personne(String nom, List<String> prenoms, String qualite) {
        if (prenoms.isEmpty()) {
            throw new InvalidUsagerException("representant.prenoms", "a person has at least one prénom");
        }
        return new Representant(nom, prenoms, qualite, null);
    }

    /**
     * A copy linked to the individu the representative is.
     *
     * @param value the id of the individu, or null to unlink
     * @return the new representative
     */
    public Representant withIndividu(@Nullable UsagerId value) {
        return new Representant(nom, prenoms, qualite, value);
    }
}
