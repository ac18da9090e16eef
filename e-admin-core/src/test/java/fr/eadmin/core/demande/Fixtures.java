package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.teleservice.FormRef;
import fr.eadmin.core.teleservice.Organisation;
import fr.eadmin.core.teleservice.OrganisationKind;
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

/** Téléservices, usagers and instants for the demande tests. */
final class Fixtures {
    static final UsagerId CLAIRE = UsagerId.parse("01900000-0000-7000-8000-000000000001");
    static final UsagerId KARIM = UsagerId.parse("01900000-0000-7000-8000-000000000002");
    static final Actor USAGER = Actor.usager(CLAIRE);
    static final Actor OTHER_USAGER = Actor.usager(KARIM);
    static final Actor AGENT = Actor.agent("mairie-maurepas", "agent-17");
    static final Actor PARTNER = Actor.partner("ccas-maurepas", "agent-3");

    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {}

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Demande.ZONE).toInstant();
    }

    static Organisation mairie() {
        Adresse adresse = Adresse.builder()
                .numero(2)
                .voie("place d'Haversham")
                .codePostal("78310")
                .commune("Maurepas")
                .build();
        return new Organisation(
                "mairie-maurepas",
                "Mairie de Maurepas",
                OrganisationKind.TOWN,
                new ServiceContact(
                        "Service population",
                        adresse,
                        Email.parse("population@mairie-maurepas.example"),
                        Telephone.parse("01 30 66 44 00")));
    }

    static Teleservice teleservice(Delay delay, SilenceRule rule, PieceType... pieces) {
        return new Teleservice(
                "essai-" + rule.name().toLowerCase(java.util.Locale.ROOT),
                "Téléservice d'essai",
                mairie(),
                new FormRef("essai", 1),
                java.util.Arrays.stream(pieces).map(PieceRequirement::always).toList(),
                0,
                delay,
                rule,
                EnumSet.of(Channel.INTERNET, Channel.GUICHET, Channel.COURRIER),
                TeleserviceCalendar.of("78"));
    }

    static Teleservice sva() {
        return teleservice(Delay.ofMonths(2), SilenceRule.ACCEPTATION);
    }

    static Teleservice svr() {
        return teleservice(Delay.ofMonths(1), SilenceRule.REJET);
    }

    static Teleservice none() {
        return teleservice(Delay.ofBusinessDays(6), SilenceRule.NONE);
    }

    static DraftRequest request(Teleservice teleservice) {
        return new DraftRequest(
                teleservice.code(), CLAIRE, CLAIRE, UsagerKind.INDIVIDU, USAGER, Channel.INTERNET, Map.of(), List.of());
    }

    static Demande draft(Teleservice teleservice) {
        return Demande.draft(
                DemandeId.random(), new DemandeReference(2026, 1), request(teleservice), teleservice, at(MONDAY));
    }

    static Demande deposited(Teleservice teleservice, LocalDate day) {
        return draft(teleservice).deposit(USAGER, Channel.INTERNET, at(day), teleservice);
    }

    static SuppliedPiece piece(PieceType type) {
        return new SuppliedPiece(PieceId.random(), type);
    }
}
