package fr.eadmin.core.usager;

import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An association (loi 1901), identified by its number in the Répertoire national des associations. It also
 * has a SIREN when it employs people, receives public subsidies or pays taxes. A store keeps at most one
 * association per RNA number.
 *
 * @param id the technical id
 * @param rna its RNA number
 * @param siren its SIREN, if it has one
 * @param nom its name, as declared at the préfecture
 * @param representants its legal representatives (président, trésorier...), possibly none known yet
 * @param adresse the address of its siège, if known
 * @param contact how to reach it
 */
public record Association(
        UsagerId id,
        Rna rna,
        @Nullable Siren siren,
        String nom,
        List<Representant> representants,
        @Nullable Adresse adresse,
        Contact contact)
        implements Usager {

    /** The longest name accepted. */
    public static final int MAX_NOM_LENGTH = 250;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidUsagerException if the name is blank or too long
     */
    public Association {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rna, "rna");
        nom = Texts.requireLine("nom", nom, MAX_NOM_LENGTH);
        representants = List.copyOf(Objects.requireNonNull(representants, "representants"));
        Objects.requireNonNull(contact, "contact");
    }

    @Override
    public UsagerKind kind() {
        return UsagerKind.ASSOCIATION;
    }

    /**
     * A copy with another name.
     *
     * @param value the new name
     * @return the new association
     */
    public Association withNom(String value) {
        return new Association(id, rna, siren, value, representants, adresse, contact);
    }

    /**
     * A copy with another SIREN.
     *
     * @param value the new SIREN, or null if it has none
     * @return the new association
     */
    public Association withSiren(@Nullable Siren value) {
        return new Association(id, rna, value, nom, representants, adresse, contact);
    }

    /**
     * A copy with other legal representatives.
     *
     * @param value the new representatives
     * @return the new association
     */
    public Association withRepresentants(List<Representant> value) {
        return new Association(id, rna, siren, nom, value, adresse, contact);
    }

    /**
     * A copy with another address.
     *
     * @param value the new address, or null if unknown
     * @return the new association
     */
    public Association withAdresse(@Nullable Adresse value) {
        return new Association(id, rna, siren, nom, representants, value, contact);
    }

    /**
     * A copy with other contact details.
     *
     * @param value the new contact details
     * @return the new association
     */
    public Association withContact(Contact value) {
        return new Association(id, rna, siren, nom, representants, adresse, value);
    }
}
