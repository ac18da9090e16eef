package fr.eadmin.core.usager;

import fr.eadmin.core.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A family or household, as the town's family services know it: its members (each an {@link Individu} stored
 * on its own and referred to by id), its quotient familial and its address.
 *
 * <p>Invariants: at least one member, no individu twice, at least one {@link RoleFoyer#RESPONSABLE_LEGAL}.
 * An individu may belong to several foyers (children of separated parents).
 *
 * @param id the technical id
 * @param libelle a label for agents and the usager, such as {@code "Famille Dupont-Martin"}
 * @param membres the members, in the order they were added
 * @param quotientFamilial the quotient familial, if known
 * @param adresse the address of the foyer, if known
 */
public record Foyer(
        UsagerId id,
        String libelle,
        List<MembreFoyer> membres,
        @Nullable QuotientFamilial quotientFamilial,
        @Nullable Adresse adresse)
        implements Usager {

    /** The longest label accepted. */
    public static final int MAX_LIBELLE_LENGTH = 200;

    /**
     * Checks the invariants.
     *
     * @throws InvalidUsagerException if the label is blank or too long, there is no member, an individu is
     *     a member twice, or no member is a responsable légal
     */
    public Foyer {
        Objects.requireNonNull(id, "id");
        libelle = Texts.requireLine("libelle", libelle, MAX_LIBELLE_LENGTH);
        Objects.requireNonNull(membres, "membres");
        membres = List.copyOf(membres);
        if (membres.isEmpty()) {
            throw new InvalidUsagerException("membres", "a foyer has at least one member");
        }
        Set<UsagerId> seen = new HashSet<>();
        for (MembreFoyer membre : membres) {
            if (membre.individu().equals(id)) {
                throw new InvalidUsagerException("membres", "a foyer cannot be its own member");
            }
            if (!seen.add(membre.individu())) {
                throw new InvalidUsagerException("membres", "individu " + membre.individu() + " is a member twice");
            }
        }
        if (membres.stream().noneMatch(m -> m.role() == RoleFoyer.RESPONSABLE_LEGAL)) {
            throw new InvalidUsagerException("membres", "a foyer has at least one responsable légal");
        }
    }

    /**
     * A new foyer with one responsable légal.
     *
     * @param id the id of the foyer
     * @param libelle its label
     * @param responsableLegal the id of the individu who is its responsable légal
     * @return the foyer, with no quotient familial and no address
     */
    public static Foyer of(UsagerId id, String libelle, UsagerId responsableLegal) {
        return new Foyer(
                id, libelle, List.of(new MembreFoyer(responsableLegal, RoleFoyer.RESPONSABLE_LEGAL)), null, null);
    }

    @Override
    public UsagerKind kind() {
        return UsagerKind.FOYER;
    }

    /**
     * The members who are responsables légaux.
     *
     * @return their ids, in the order of {@link #membres()}, at least one
     */
    public List<UsagerId> responsablesLegaux() {
        return withRole(RoleFoyer.RESPONSABLE_LEGAL);
    }

    /**
     * The members who are children.
     *
     * @return their ids, in the order of {@link #membres()}
     */
    public List<UsagerId> enfants() {
        return withRole(RoleFoyer.ENFANT);
    }

    /**
     * Whether an individu is a member.
     *
     * @param individu the id of the individu
     * @return true if it is a member, whatever its role
     */
    public boolean isMembre(UsagerId individu) {
        Objects.requireNonNull(individu, "individu");
        return membres.stream().anyMatch(m -> m.individu().equals(individu));
    }

    /**
     * The role of a member.
     *
     * @param individu the id of the individu
     * @return its role
     * @throws NotFoundException if it is not a member
     */
    public RoleFoyer roleOf(UsagerId individu) {
        Objects.requireNonNull(individu, "individu");
        return membres.stream()
                .filter(m -> m.individu().equals(individu))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("membre", individu.toString()))
                .role();
    }

    /**
     * A copy with one more member, or with a new role for an existing member (which keeps its place).
     *
     * @param individu the id of the individu
     * @param role its role
     * @return the new foyer
     * @throws InvalidUsagerException if changing the role leaves the foyer with no responsable légal
     */
    public Foyer withMembre(UsagerId individu, RoleFoyer role) {
        MembreFoyer membre = new MembreFoyer(individu, role);
        List<MembreFoyer> copy = new ArrayList<>(membres);
        boolean replaced = false;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).individu().equals(individu)) {
                copy.set(i, membre);
                replaced = true;
            }
        }
        if (!replaced) {
            copy.add(membre);
        }
        return new Foyer(id, libelle, copy, quotientFamilial, adresse);
    }

    /**
     * A copy without a member.
     *
     * @param individu the id of the individu to remove
     * @return the new foyer
     * @throws NotFoundException if the individu is not a member
     * @throws InvalidUsagerException if it is the last member or the last responsable légal
     */
    public Foyer withoutMembre(UsagerId individu) {
        Objects.requireNonNull(individu, "individu");
        if (!isMembre(individu)) {
            throw new NotFoundException("membre", individu.toString());
        }
        List<MembreFoyer> copy = new ArrayList<>(membres);
        copy.removeIf(m -> m.individu().equals(individu));
        return new Foyer(id, libelle, copy, quotientFamilial, adresse);
    }

    /**
     * A copy with another quotient familial.
     *
     * @param value the new quotient familial, or null if none is known
     * @return the new foyer
     */
    public Foyer withQuotientFamilial(@Nullable QuotientFamilial value) {
        return new Foyer(id, libelle, membres, value, adresse);
    }

    /**
     * A copy with another address.
     *
     * @param value the new address, or null if none is known
     * @return the new foyer
     */
    public Foyer withAdresse(@Nullable Adresse value) {
        return new Foyer(id, libelle, membres, quotientFamilial, value);
    }

    /**
     * A copy with another label.
     *
     * @param value the new label
     * @return the new foyer
     */
    public Foyer withLibelle(String value) {
        return new Foyer(id, value, membres, quotientFamilial, adresse);
    }

    private List<UsagerId> withRole(RoleFoyer role) {
        return membres.stream()
                .filter(m -> m.role() == role)
                .map(MembreFoyer::individu)
                .toList();
    }
}
