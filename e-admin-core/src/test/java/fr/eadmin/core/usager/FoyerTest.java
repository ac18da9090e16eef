package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.Samples;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoyerTest {
    private final UsagerId parent = UsagerId.random();
    private final UsagerId conjoint = UsagerId.random();
    private final UsagerId enfant = UsagerId.random();
    private final Foyer foyer = Samples.foyer(parent, conjoint, enfant);

    @Test
    void tellsItsMembersByRole() {
        assertThat(foyer.kind()).isEqualTo(UsagerKind.FOYER);
        assertThat(foyer.responsablesLegaux()).containsExactly(parent);
        assertThat(foyer.enfants()).containsExactly(enfant);
        assertThat(foyer.isMembre(conjoint)).isTrue();
        assertThat(foyer.isMembre(UsagerId.random())).isFalse();
        assertThat(foyer.roleOf(conjoint)).isEqualTo(RoleFoyer.CONJOINT);
        assertThatThrownBy(() -> foyer.roleOf(UsagerId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void addsAMemberAtTheEnd() {
        UsagerId bebe = UsagerId.random();
        Foyer agrandi = foyer.withMembre(bebe, RoleFoyer.ENFANT);
        assertThat(agrandi.enfants()).containsExactly(enfant, bebe);
        assertThat(agrandi.membres()).hasSize(4);
        assertThat(foyer.membres()).hasSize(3);
    }

    @Test
    void changesTheRoleOfAnExistingMemberInPlace() {
        Foyer deuxParents = foyer.withMembre(conjoint, RoleFoyer.RESPONSABLE_LEGAL);
        assertThat(deuxParents.responsablesLegaux()).containsExactly(parent, conjoint);
        assertThat(deuxParents.membres()).hasSize(3);
        assertThat(deuxParents.membres().get(1)).isEqualTo(new MembreFoyer(conjoint, RoleFoyer.RESPONSABLE_LEGAL));
    }

    @Test
    void refusesToDemoteTheLastResponsableLegal() {
        assertThatThrownBy(() -> foyer.withMembre(parent, RoleFoyer.CONJOINT))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("membres: a foyer has at least one responsable légal");
    }

    @Test
    void removesAMember() {
        Foyer sansEnfant = foyer.withoutMembre(enfant);
        assertThat(sansEnfant.isMembre(enfant)).isFalse();
        assertThat(sansEnfant.enfants()).isEmpty();
        assertThatThrownBy(() -> foyer.withoutMembre(UsagerId.random())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> foyer.withoutMembre(parent))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("responsable légal");
        Foyer seul = Foyer.of(UsagerId.random(), "Foyer Martin", parent);
        assertThatThrownBy(() -> seul.withoutMembre(parent))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("membres: a foyer has at least one member");
    }

    @Test
    void rejectsAMemberTwice() {
        assertThatThrownBy(() -> new Foyer(
                        UsagerId.random(),
                        "Famille",
                        List.of(
                                new MembreFoyer(parent, RoleFoyer.RESPONSABLE_LEGAL),
                                new MembreFoyer(parent, RoleFoyer.CONJOINT)),
                        null,
                        null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageContaining("is a member twice");
    }

    @Test
    void rejectsAFoyerWithoutResponsableLegal() {
        assertThatThrownBy(() -> new Foyer(
                        UsagerId.random(), "Famille", List.of(new MembreFoyer(enfant, RoleFoyer.ENFANT)), null, null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("membres: a foyer has at least one responsable légal");
        assertThatThrownBy(() -> new Foyer(UsagerId.random(), "Famille", List.of(), null, null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("membres: a foyer has at least one member");
    }

    @Test
    void rejectsAFoyerThatIsItsOwnMember() {
        UsagerId id = UsagerId.random();
        assertThatThrownBy(() -> Foyer.of(id, "Famille", id))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("membres: a foyer cannot be its own member");
    }

    @Test
    void rejectsABlankOrTooLongLabel() {
        assertThatThrownBy(() -> Foyer.of(UsagerId.random(), " ", parent))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("libelle: must not be blank");
        assertThatThrownBy(() -> foyer.withLibelle("x".repeat(201))).isInstanceOf(InvalidUsagerException.class);
        assertThat(foyer.withLibelle("  Famille  Benali ").libelle()).isEqualTo("Famille Benali");
    }

    @Test
    void replacesTheQuotientFamilialAndTheAddress() {
        QuotientFamilial qf = new QuotientFamilial(62_000, Year.of(2026), SourceQuotientFamilial.MSA);
        assertThat(foyer.withQuotientFamilial(qf).quotientFamilial()).isEqualTo(qf);
        assertThat(foyer.withQuotientFamilial(null).quotientFamilial()).isNull();
        assertThat(foyer.withAdresse(null).adresse()).isNull();
    }

    @Test
    void rejectsANegativeQuotientFamilial() {
        assertThat(new QuotientFamilial(0, Year.of(2026), SourceQuotientFamilial.DECLARATION).montantCents())
                .isZero();
        assertThatThrownBy(() -> new QuotientFamilial(-1, Year.of(2026), SourceQuotientFamilial.CAF))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("quotientFamilial.montantCents: must not be negative");
    }

    @Test
    void cannotBeChangedThroughItsMembers() {
        assertThatThrownBy(() -> foyer.membres().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
