package fr.eadmin.test.contract;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeReference;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.dossier.ValidityRule;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.teleservice.FormRef;
import fr.eadmin.core.teleservice.Organisation;
import fr.eadmin.core.teleservice.OrganisationKind;
import fr.eadmin.core.teleservice.PieceCondition;
import fr.eadmin.core.teleservice.PieceRequirement;
import fr.eadmin.core.teleservice.ServiceContact;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCalendar;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Téléservices and demandes for the contracts of the téléservice and demande stores, and for property tests:
 * the organisations and téléservices of a town like Maurepas (Yvelines), with every kind of pièce condition,
 * silence rule and delay unit.
 */
public final class DemandeSamples {
    /** An agent of the town. */
    public static final Actor AGENT = Actor.agent("mairie-maurepas", "agent-17");

    private DemandeSamples() {}

    /**
     * The instant of 10:00 in Paris on a day.
     *
     * @param day the day
     * @return the instant
     */
    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Demande.ZONE).toInstant();
    }

    /**
     * The town hall of Maurepas and its population service.
     *
     * @return the organisation
     */
    public static Organisation mairie() {
        return new Organisation(
                "mairie-maurepas",
                "Mairie de Maurepas",
                OrganisationKind.TOWN,
                new ServiceContact(
                        "Service population - état civil",
                        Adresse.builder()
                                .numero(2)
                                .voie("place d'Haversham")
                                .codePostal("78310")
                                .commune("Maurepas")
                                .build(),
                        Email.parse("etat-civil@mairie-maurepas.example"),
                        Telephone.parse("01 30 66 44 00")));
    }

    /**
     * A téléservice with a unique code, so that tests sharing a store never mix their demandes.
     *
     * @param delay its delay
     * @param rule its silence rule
     * @return the téléservice, accepting internet, guichet and courrier, requiring no pièce
     */
    public static Teleservice teleservice(Delay delay, SilenceRule rule) {
        return new Teleservice(
                "t-" + UUID.randomUUID().toString().substring(0, 13),
                "Téléservice " + rule.name().toLowerCase(java.util.Locale.ROOT),
                mairie(),
                new FormRef("essai", 1),
                List.of(),
                0,
                delay,
                rule,
                EnumSet.of(Channel.INTERNET, Channel.GUICHET, Channel.COURRIER),
                TeleserviceCalendar.of("78"));
    }

    /**
     * A téléservice with every kind of pièce condition, a custom pièce type, a fee and closure days.
     *
     * @return the téléservice, with a unique code
     */
    public static Teleservice rich() {
        PieceType certificat =
                new PieceType("CERTIFICAT_SCOLARITE", "Certificat de scolarité", new ValidityRule.UntilEndOfYear(0));
        return new Teleservice(
                "t-" + UUID.randomUUID().toString().substring(0, 13),
                "Location d'une salle municipale",
                mairie(),
                new FormRef("location-salle", 4),
                List.of(
                        PieceRequirement.always(PieceType.ATTESTATION_ASSURANCE),
                        new PieceRequirement(
                                PieceType.EXTRAIT_KBIS, PieceCondition.forKinds(Set.of(UsagerKind.ENTREPRISE))),
                        new PieceRequirement(certificat, PieceCondition.whenAnswer("usage", "scolaire"))),
                25_000,
                Delay.ofBusinessDays(10),
                SilenceRule.REJET,
                EnumSet.of(Channel.INTERNET, Channel.TELEPHONE),
                TeleserviceCalendar.of("57").withClosures(Map.of(LocalDate.of(2026, 5, 15), "Pont de l'Ascension")));
    }

    /**
     * A draft filed online by a new usager for themselves.
     *
     * @param teleservice the téléservice
     * @param reference the reference to give it
     * @param day the day of creation
     * @return the draft
     */
    public static Demande draft(Teleservice teleservice, DemandeReference reference, LocalDate day) {
        UsagerId usager = UsagerId.random();
        DraftRequest request = new DraftRequest(
                teleservice.code(),
                usager,
                usager,
                UsagerKind.INDIVIDU,
                Actor.usager(usager),
                Channel.INTERNET,
                Map.of("motif", "essai"),
                List.of());
        return Demande.draft(DemandeId.random(), reference, request, teleservice, at(day));
    }

    /**
     * A demande deposited online by its demandeur.
     *
     * @param teleservice the téléservice
     * @param reference the reference to give it
     * @param day the day of creation and deposit
     * @return the deposited demande
     */
    public static Demande deposited(Teleservice teleservice, DemandeReference reference, LocalDate day) {
        Demande draft = draft(teleservice, reference, day);
        return draft.deposit(Actor.usager(draft.demandeur()), Channel.INTERNET, at(day), teleservice);
    }
}
