package fr.eadmin.core.demande;

import static fr.eadmin.core.demande.Fixtures.AGENT;
import static fr.eadmin.core.demande.Fixtures.CLAIRE;
import static fr.eadmin.core.demande.Fixtures.KARIM;
import static fr.eadmin.core.demande.Fixtures.MONDAY;
import static fr.eadmin.core.demande.Fixtures.USAGER;
import static fr.eadmin.core.demande.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.memory.InMemoryDemandeStore;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.memory.InMemoryOutbox;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DemandeServiceTest {
    final AtomicReference<Instant> now = new AtomicReference<>(at(MONDAY));
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final InMemoryJournal journal = InMemoryJournal.create();
    final InMemoryOutbox outbox = InMemoryOutbox.create(clock);
    final InMemoryDemandeStore store = InMemoryDemandeStore.create(journal, outbox);
    final TeleserviceCatalogue catalogue =
            TeleserviceCatalogue.of(List.of(Fixtures.sva(), Fixtures.svr(), Fixtures.none()));
    final DemandeService service = DemandeService.create(
            catalogue,
            store,
            DemandeNotifications.french(
                    usager -> List.of(Recipient.email(Email.parse("claire@example.fr"))),
                    demande -> "https://demarches.example.fr/" + demande.reference()),
            clock);

    Versioned<Demande> draft(String teleservice) {
        return service.createDraft(Fixtures.request(catalogue.get(teleservice)));
    }

    @Test
    void eachOperationJournalsItsStepsAndNotifiesOnce() {
        DemandeId id = draft("essai-acceptation").value().id();
        Deposit deposit = service.deposit(id, USAGER, Channel.INTERNET);
        service.startInstruction(id, AGENT, Channel.GUICHET);
        Versioned<Demande> accepted = service.accept(id, AGENT, Channel.GUICHET, null);

        assertThat(deposit.accuseReception().reference())
                .isEqualTo(accepted.value().reference());
        assertThat(accepted.version()).isEqualTo(4);
        assertThat(journal.about("demande", id.toString()))
                .extracting(JournalEntry::event)
                .extracting(e -> e.action())
                .containsExactly("demande.create", "demande.deposit", "demande.start-instruction", "demande.accept");
        assertThat(journal.verify().isValid()).isTrue();
        assertThat(outbox.counts().pending()).isEqualTo(2);
        assertThat(outbox.find(fr.eadmin.core.notification.NotificationId.derived("demande-step", id + "/1/EMAIL")))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.notification().templateCode()).isEqualTo("accuse-reception");
                    assertThat(entry.notification().body())
                            .contains(accepted.value().reference().toString());
                    assertThat(entry.notification().demande()).isEqualTo(id);
                });
        assertThat(outbox.find(fr.eadmin.core.notification.NotificationId.derived("demande-step", id + "/3/EMAIL")))
                .hasValueSatisfying(
                        entry -> assertThat(entry.notification().templateCode()).isEqualTo("decision-acceptee"));
        assertThat(service.findByReference(accepted.value().reference())).contains(accepted);
        assertThat(service.findByUsager(CLAIRE)).containsExactly(accepted);
        assertThat(service.findByState(DemandeState.ACCEPTEE)).containsExactly(accepted);
        assertThat(service.findByTeleservice("essai-acceptation")).containsExactly(accepted);
    }

    @Test
    void sendsTheTownsOwnTemplateForTheStartOfTheInstruction() {
        DemandeNotifications notifications = DemandeNotifications.french(
                usager -> List.of(Recipient.sms(fr.eadmin.core.identifier.Telephone.parse("06 12 34 56 78"))),
                demande -> "https://demarches.example.fr/" + demande.reference());
        DemandeService withTemplate = DemandeService.create(
                catalogue,
                store,
                new DemandeNotifications(
                        notifications
                                .templates()
                                .with(fr.eadmin.core.notification.MessageTemplate.sms(
                                        "demande-start-instruction",
                                        "{{collectivite}} : votre demande {{reference}} est en cours d'examen.")),
                        notifications.recipients(),
                        notifications.trackingUrl()),
                clock);
        DemandeId id = withTemplate
                .createDraft(Fixtures.request(catalogue.get("essai-none")))
                .value()
                .id();

        withTemplate.deposit(id, USAGER, Channel.INTERNET);
        withTemplate.startInstruction(id, AGENT, Channel.GUICHET);

        assertThat(outbox.find(fr.eadmin.core.notification.NotificationId.derived("demande-step", id + "/1/SMS")))
                .hasValueSatisfying(entry ->
                        assertThat(entry.notification().templateCode()).isEqualTo(DemandeNotifications.DEMANDE_RECUE));
        assertThat(outbox.find(fr.eadmin.core.notification.NotificationId.derived("demande-step", id + "/2/SMS")))
                .hasValueSatisfying(
                        entry -> assertThat(entry.notification().body()).contains("en cours d'examen"));
    }

    @Test
    void allocatesReferencesPerYear() {
        DemandeReference first = draft("essai-acceptation").value().reference();
        DemandeReference second = draft("essai-acceptation").value().reference();

        assertThat(first.toString()).isEqualTo("2026-000001");
        assertThat(second.toString()).isEqualTo("2026-000002");
    }

    @Test
    void aStaleChangeFailsAndWritesNothing() {
        Versioned<Demande> draft = draft("essai-acceptation");
        Versioned<Demande> deposited =
                service.deposit(draft.value().id(), USAGER, Channel.INTERNET).demande();
        long entries = journal.head().orElseThrow().position();
        long notifications = outbox.counts().pending();
        Demande stale = draft.value().deposit(USAGER, Channel.INTERNET, at(MONDAY), catalogue.get("essai-acceptation"));

        assertThatThrownBy(() -> store.save(new DemandeChange(stale, draft.version(), List.of(), List.of())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(journal.head().orElseThrow().position()).isEqualTo(entries);
        assertThat(outbox.counts().pending()).isEqualTo(notifications);
        assertThat(service.find(draft.value().id())).contains(deposited);
    }

    @Test
    void anEditOfAStaleDraftFailsInsteadOfOverwriting() {
        Versioned<Demande> draft = draft("essai-acceptation");
        DemandeId id = draft.value().id();
        Versioned<Demande> first =
                service.updateDraft(id, 1, USAGER, Channel.INTERNET, java.util.Map.of("ecole", "a"), List.of());

        assertThatThrownBy(() ->
                        service.updateDraft(id, 1, USAGER, Channel.INTERNET, java.util.Map.of("ecole", "b"), List.of()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(service.find(id)).contains(first);
        assertThat(first.value().answers()).containsEntry("ecole", "a");
        assertThat(first.value().lastStep().action()).isEqualTo(DemandeAction.UPDATE_DRAFT);
    }

    @Test
    void refusesAnUnknownDemandeOrTeleservice() {
        assertThatThrownBy(() -> service.startInstruction(DemandeId.random(), AGENT, Channel.GUICHET))
                .isInstanceOf(NotFoundException.class);
        DraftRequest unknown = new DraftRequest(
                "inconnu",
                CLAIRE,
                CLAIRE,
                UsagerKind.INDIVIDU,
                USAGER,
                Channel.INTERNET,
                java.util.Map.of(),
                List.of());
        assertThatThrownBy(() -> service.createDraft(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void appliesExpiredDelaysOnceAndReportsWhatItDid() {
        DemandeId sva = draft("essai-acceptation").value().id();
        DemandeId svr = draft("essai-rejet").value().id();
        DemandeId none = draft("essai-none").value().id();
        for (DemandeId id : List.of(sva, svr, none)) {
            service.deposit(id, USAGER, Channel.INTERNET);
        }
        now.set(at(LocalDate.of(2026, 12, 1)));

        List<AutomaticDecision> done = service.applyExpiredDeadlines();

        assertThat(done)
                .extracting(AutomaticDecision::demande, AutomaticDecision::action, AutomaticDecision::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                sva, DemandeAction.IMPLICIT_ACCEPTANCE, DemandeState.ACCEPTEE),
                        org.assertj.core.groups.Tuple.tuple(
                                svr, DemandeAction.IMPLICIT_REJECTION, DemandeState.REFUSEE),
                        org.assertj.core.groups.Tuple.tuple(none, DemandeAction.FLAG_LATE, DemandeState.DEPOSEE));
        assertThat(service.applyExpiredDeadlines()).isEmpty();
        assertThat(service.serviceLevel("essai-none", MONDAY, MONDAY.plusDays(1))
                        .late())
                .extracting(LateDemande::id)
                .containsExactly(none);
    }

    @Test
    void aParentFilesForAChildOfTheirFoyer() {
        UsagerId enfant = UsagerId.random();
        Foyer foyer = new Foyer(
                UsagerId.random(),
                "Famille",
                List.of(
                        new MembreFoyer(CLAIRE, RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(enfant, RoleFoyer.ENFANT)),
                null,
                null);
        DraftRequest request =
                DraftRequest.forFoyerMember("essai-acceptation", CLAIRE, foyer, enfant, USAGER, Channel.INTERNET);

        Versioned<Demande> draft = service.createDraft(request);

        assertThat(draft.value().beneficiary()).isEqualTo(enfant);
        assertThat(service.findByUsager(enfant)).containsExactly(draft);
        assertThat(DraftRequest.forFoyerMember("essai-acceptation", CLAIRE, foyer, foyer.id(), USAGER, Channel.INTERNET)
                        .beneficiaryKind())
                .isEqualTo(UsagerKind.FOYER);
        assertThatThrownBy(() -> DraftRequest.forFoyerMember(
                        "essai-acceptation", CLAIRE, foyer, KARIM, USAGER, Channel.INTERNET))
                .isInstanceOfSatisfying(InvalidDemandeException.class, e -> assertThat(e.field())
                        .isEqualTo("beneficiary"));
        assertThatThrownBy(() -> DraftRequest.forFoyerMember(
                        "essai-acceptation", KARIM, foyer, enfant, Fixtures.OTHER_USAGER, Channel.INTERNET))
                .isInstanceOfSatisfying(InvalidDemandeException.class, e -> assertThat(e.field())
                        .isEqualTo("demandeur"));
    }

    @Test
    void theFoyersDossierGathersTheDemandesOfEveryMemberAndChannelOnce() {
        UsagerId enfant = UsagerId.random();
        Foyer foyer = new Foyer(
                UsagerId.random(),
                "Famille",
                List.of(
                        new MembreFoyer(CLAIRE, RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(KARIM, RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(enfant, RoleFoyer.ENFANT)),
                null,
                null);
        Versioned<Demande> forChild = service.createDraft(
                DraftRequest.forFoyerMember("essai-acceptation", CLAIRE, foyer, enfant, AGENT, Channel.GUICHET));
        Versioned<Demande> forFoyer = service.createDraft(
                DraftRequest.forFoyerMember("essai-acceptation", KARIM, foyer, foyer.id(), AGENT, Channel.COURRIER));
        Versioned<Demande> forSelf = service.createDraft(new DraftRequest(
                "essai-acceptation",
                CLAIRE,
                CLAIRE,
                UsagerKind.INDIVIDU,
                USAGER,
                Channel.INTERNET,
                java.util.Map.of(),
                List.of()));
        UsagerId stranger = UsagerId.random();
        service.createDraft(new DraftRequest(
                "essai-acceptation",
                stranger,
                stranger,
                UsagerKind.INDIVIDU,
                Actor.usager(stranger),
                Channel.INTERNET,
                java.util.Map.of(),
                List.of()));

        List<Versioned<Demande>> dossier = service.findByFoyer(foyer);

        // Claire's demande for the child is found through Claire and through the child, but listed once.
        assertThat(dossier).containsExactly(forChild, forFoyer, forSelf);
    }
}
