package fr.eadmin.core.usager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Samples;
import fr.eadmin.core.identifier.Siren;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Entreprise}, {@link Association} and their {@link Representant}s. */
class PersonneMoraleTest {
    @Test
    void entrepriseKeepsItsValuesAndChangesThroughWithMethods() {
        Entreprise boulangerie = Samples.boulangerie();
        assertThat(boulangerie.kind()).isEqualTo(UsagerKind.ENTREPRISE);
        assertThat(boulangerie.withRaisonSociale(" Boulangerie  Martin ").raisonSociale())
                .isEqualTo("Boulangerie Martin");
        assertThat(boulangerie.withRepresentants(List.of()).representants()).isEmpty();
        assertThat(boulangerie.withSiege(null).siege()).isNull();
        assertThat(boulangerie.withContact(Contact.NONE).contact()).isEqualTo(Contact.NONE);
        assertThat(boulangerie.withRaisonSociale("A").siret()).isEqualTo(boulangerie.siret());
    }

    @Test
    void entrepriseRequiresARaisonSociale() {
        Entreprise boulangerie = Samples.boulangerie();
        assertThatThrownBy(() -> boulangerie.withRaisonSociale(""))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("raisonSociale: must not be blank");
        assertThatThrownBy(() -> boulangerie.withRaisonSociale("x".repeat(201)))
                .isInstanceOf(InvalidUsagerException.class);
        assertThat(boulangerie.withRaisonSociale("SNC 3 & 4 L'Épi d'Or").raisonSociale())
                .isEqualTo("SNC 3 & 4 L'Épi d'Or");
    }

    @Test
    void associationKeepsItsValuesAndChangesThroughWithMethods() {
        Association club = Samples.club();
        assertThat(club.kind()).isEqualTo(UsagerKind.ASSOCIATION);
        assertThat(club.withSiren(null).siren()).isNull();
        assertThat(club.withSiren(Siren.parse("356000000")).siren()).isEqualTo(Siren.parse("356000000"));
        assertThat(club.withNom("Tennis Club").nom()).isEqualTo("Tennis Club");
        assertThat(club.withAdresse(Samples.adresseLyon()).adresse()).isEqualTo(Samples.adresseLyon());
        assertThat(club.withRepresentants(List.of()).representants()).isEmpty();
        assertThat(club.withContact(Contact.NONE).contact()).isEqualTo(Contact.NONE);
        assertThatThrownBy(() -> club.withNom(" ")).isInstanceOf(InvalidUsagerException.class);
    }

    @Test
    void representantIsAPersonWithPrenomsOrALegalPersonWithout() {
        Representant gerant = Representant.personne("Martin", List.of("Paul", "Henri"), "gérant");
        assertThat(gerant.individu()).isNull();
        UsagerId paul = UsagerId.random();
        assertThat(gerant.withIndividu(paul).individu()).isEqualTo(paul);

        Representant holding = new Representant("Holding 2000 SAS", List.of(), "présidente", null);
        assertThat(holding.nom()).isEqualTo("Holding 2000 SAS");
        assertThatThrownBy(() -> new Representant("Holding 2000", List.of("Paul"), "président", null))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessageStartingWith("representant.nom:");
        assertThatThrownBy(() -> Representant.personne("Martin", List.of(), "gérant"))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("representant.prenoms: a person has at least one prénom");
        assertThatThrownBy(() -> Representant.personne("Martin", List.of("Paul"), " "))
                .isInstanceOf(InvalidUsagerException.class)
                .hasMessage("representant.qualite: must not be blank");
    }

    @Test
    void contactChangesOneWayOfReachingAtATime() {
        Contact contact = Samples.claire().contact();
        assertThat(contact.withEmail(null).email()).isNull();
        assertThat(contact.withEmail(null).telephone()).isEqualTo(contact.telephone());
        assertThat(contact.withTelephone(null).telephone()).isNull();
        assertThat(contact.withAdresse(null).adresse()).isNull();
        assertThat(contact.withAdresse(null).email()).isEqualTo(contact.email());
    }
}
