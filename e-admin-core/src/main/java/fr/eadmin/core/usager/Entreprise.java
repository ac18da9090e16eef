package fr.eadmin.core.usager;

import fr.eadmin.core.identifier.Siret;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A company establishment, identified by its SIRET (two establishments of one company are two usagers: a
 * town deals with the one on its territory). A store keeps at most one entreprise per SIRET.
 *
 * @param id the technical id
 * @param siret the SIRET of the establishment
 * @param raisonSociale the raison sociale (or the name of the entrepreneur individuel)
 * @param representants its legal representatives, possibly none known yet
 * @param siege the address of the establishment, if known
 * @param contact how to reach it
 */
public record Entreprise(
        UsagerId id,
        Siret siret,
        String raisonSociale,
        List<Representant> representants,
        @Nullable Adresse siege,
        Contact contact)
        implements Usager {

    /** The longest raison sociale accepted. */
    public static final int MAX_RAISON_SOCIALE_LENGTH = 200;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidUsagerException if the raison sociale is blank or too long
     */
    public Entreprise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siret, "siret");
        raisonSociale = Texts.requireLine("raisonSociale", raisonSociale, MAX_RAISON_SOCIALE_LENGTH);
        representants = List.copyOf(Objects.requireNonNull(representants, "representants"));
        Objects.requireNonNull(contact, "contact");
    }

    @Override
    public UsagerKind kind() {
        return UsagerKind.ENTREPRISE;
    }

    /**
     * A copy with another raison sociale.
     *
     * @param value the new raison sociale
     * @return the new entreprise
     */
    public Entreprise withRaisonSociale(String value) {
        return new Entreprise(id, siret, value, representants, siege, contact);
    }

    /**
     * A copy with other legal representatives.
     *
     * @param value the new representatives
     * @return the new entreprise
     */
    public Entreprise withRepresentants(List<Representant> value) {
        return new Entreprise(id, siret, raisonSociale, value, siege, contact);
    }

    /**
     * A copy with another address.
     *
     * @param value the new address, or null if unknown
     * @return the new entreprise
     */
    public Entreprise withSiege(@Nullable Adresse value) {
        return new Entreprise(id, siret, raisonSociale, representants, value, contact);
    }

    /**
     * A copy with other contact details.
     *
     * @param value the new contact details
     * @return the new entreprise
     */
    public Entreprise withContact(Contact value) {
        return new Entreprise(id, siret, raisonSociale, representants, siege, value);
    }
}
