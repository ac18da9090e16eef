package fr.eadmin.examples;

import fr.eadmin.core.facility.Coordinates;
import fr.eadmin.core.facility.Facility;
import fr.eadmin.core.facility.FacilityCategory;
import fr.eadmin.core.facility.FacilityDirectory;
import fr.eadmin.core.facility.FacilityId;
import fr.eadmin.core.facility.OpeningHours;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.Adresse;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gréasque's public directory of municipal facilities, as the town keeps it: each with its address, position,
 * contact, accessibility and opening hours in the {@code opening_hours} syntax of French open data.
 */
final class GreasqueEquipements {
    static final FacilityId MAIRIE = FacilityId.of("GREASQUE-MAIRIE");
    static final FacilityId SALLE_POLYVALENTE = FacilityId.of("GREASQUE-SALLE-POLYVALENTE");
    static final FacilityId TENNIS = FacilityId.of("GREASQUE-TENNIS");
    static final FacilityId MEDIATHEQUE = FacilityId.of("GREASQUE-MEDIATHEQUE");
    static final FacilityId ECOLE = FacilityId.of("GREASQUE-ECOLE-ELEMENTAIRE");
    static final FacilityId CENTRE_MINIER = FacilityId.of("GREASQUE-CENTRE-HISTORIQUE-MINIER");

    private static final CodeInsee GREASQUE = CodeInsee.parse("13046");

    private GreasqueEquipements() {}

    /** {@return the directory, in the order the town publishes it} */
    static FacilityDirectory directory() {
        return FacilityDirectory.of(List.of(
                Facility.builder()
                        .id(MAIRIE)
                        .name("Mairie de Gréasque")
                        .category(FacilityCategory.MAIRIE)
                        .adresse(adresse(null, "place Félicien David"))
                        .coordinates(Coordinates.of(43.43318, 5.54496))
                        .telephone(Telephone.parse("04 42 69 86 10"))
                        .email(Email.parse("accueil@greasque.example"))
                        .accessible(true)
                        .hours(
                                OpeningHours.parse(
                                        "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off;"
                                                + " 2026 Dec 24 08:30-12:00; 2026 Dec 26 off; 2026 Dec 31 08:30-12:00; 2027 Jan 02 off"))
                        .information("État civil, urbanisme et réservation des salles à l'accueil.")
                        .build(),
                Facility.builder()
                        .id(SALLE_POLYVALENTE)
                        .name("Salle polyvalente")
                        .category(FacilityCategory.SALLE)
                        .adresse(adresse(null, "avenue du Stade"))
                        .coordinates(Coordinates.of(43.43052, 5.54171))
                        .telephone(Telephone.parse("04 42 69 86 10"))
                        .accessible(true)
                        .hours(OpeningHours.parse("Mo-Th 08:00-23:00; Fr 08:00-24:00;"
                                + " Sa 00:00-01:00,08:00-24:00; Su 00:00-01:00,09:00-20:00;"
                                + " 2026 Dec 25 off; 2027 Jan 01 off"))
                        .information("Location aux particuliers et aux associations, 250 places.\n"
                                + "Fin des manifestations à 1 h au plus tard (arrêté municipal).")
                        .build(),
                Facility.builder()
                        .id(TENNIS)
                        .name("Courts de tennis municipaux")
                        .category(FacilityCategory.EQUIPEMENT_SPORTIF)
                        .adresse(adresse(null, "avenue du Stade"))
                        .coordinates(Coordinates.of(43.43011, 5.54093))
                        .accessible(false)
                        .hours(OpeningHours.parse("Mo-Su 08:00-22:00"))
                        .information("Deux courts en résine, éclairés ; réservation et paiement en ligne.")
                        .build(),
                Facility.builder()
                        .id(MEDIATHEQUE)
                        .name("Médiathèque")
                        .category(FacilityCategory.MEDIATHEQUE)
                        .adresse(adresse(2, "rue de la Mine"))
                        .coordinates(Coordinates.of(43.43274, 5.54418))
                        .telephone(Telephone.parse("04 42 69 86 20"))
                        .email(Email.parse("mediatheque@greasque.example"))
                        .accessible(true)
                        .hours(OpeningHours.parse(
                                "Tu 14:00-18:00; We 09:00-12:00,14:00-18:00; Fr 14:00-18:00; Sa 09:00-12:30; PH off"))
                        .build(),
                Facility.builder()
                        .id(ECOLE)
                        .name("École élémentaire Jean Jaurès")
                        .category(FacilityCategory.ECOLE)
                        .adresse(adresse(5, "boulevard Jean Jaurès"))
                        .coordinates(Coordinates.of(43.43401, 5.54588))
                        .telephone(Telephone.parse("04 42 69 86 30"))
                        .accessible(true)
                        .hours(OpeningHours.parse("Mo,Tu,Th,Fr 08:20-11:30,13:20-16:30; PH off"))
                        .information("Horaires des jours de classe ; fermée pendant les vacances scolaires.")
                        .build(),
                Facility.builder()
                        .id(CENTRE_MINIER)
                        .name("Centre historique minier, puits Hély d'Oissel")
                        .category(FacilityCategory.CULTURE)
                        .adresse(adresse(null, "chemin du Puits"))
                        .coordinates(Coordinates.of(43.42795, 5.54723))
                        .accessible(false)
                        .hours(OpeningHours.parse("We,Sa,Su 14:00-18:00; PH off"))
                        .build()));
    }

    private static Adresse adresse(@Nullable Integer numero, String voie) {
        return Adresse.builder()
                .numero(numero)
                .voie(voie)
                .codePostal("13850")
                .commune("Gréasque")
                .codeInsee(GREASQUE)
                .build();
    }
}
