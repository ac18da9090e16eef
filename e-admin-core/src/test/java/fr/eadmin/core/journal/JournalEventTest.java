package fr.eadmin.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalEventTest {
    private static final Instant AT = Instant.parse("2026-03-14T09:00:00Z");
    private static final Actor AGENT = Actor.agent("mairie-maurepas", "a-1042");

    private static JournalEvent event(
            String action, String subjectType, String subjectId, Map<String, String> details) {
        return new JournalEvent(AT, AGENT, action, subjectType, subjectId, details);
    }

    @Test
    void keepsTheTimeToTheMicrosecond() {
        JournalEvent event = new JournalEvent(
                Instant.parse("2026-03-14T09:00:00.123456789Z"), AGENT, "usager.consulte", "usager", "u-1", Map.of());

        assertThat(event.at()).isEqualTo(Instant.parse("2026-03-14T09:00:00.123456Z"));
    }

    @Test
    void takesTheTimeFromTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-14T09:00:00.000000500Z"), ZoneId.of("Europe/Paris"));

        JournalEvent event = JournalEvent.now(clock, AGENT, "usager.consulte", "usager", "u-1");

        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.details()).isEmpty();
    }

    @Test
    void sortsTheDetailsAndKeepsThemFromChanging() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("statut", "ACCEPTEE");
        details.put("motif", "complet");

        JournalEvent event = event("demande.decidee", "demande", "d-1", details);
        details.put("ajout", "x");

        assertThat(event.details().keySet()).containsExactly("motif", "statut");
        assertThat(event.details()).isEqualTo(Map.of("statut", "ACCEPTEE", "motif", "complet"));
        assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(event)
                .isEqualTo(
                        event("demande.decidee", "demande", "d-1", Map.of("motif", "complet", "statut", "ACCEPTEE")));
    }

    @Test
    void acceptsTheCodesOfTheJournal() {
        for (String action : List.of("demande.deposee", "usager.consulte", "a", "demande.piece-demandee", "x1.y_2")) {
            assertThat(event(action, "demande", "d-1", Map.of()).action()).isEqualTo(action);
        }
        assertThat(event("a.b", "demande.piece", "2026-000123", Map.of()).subjectType())
                .isEqualTo("demande.piece");
        assertThat(event("a.b", "demande", "urn:x:0192f0c4", Map.of()).subjectId())
                .isEqualTo("urn:x:0192f0c4");
        Map<String, String> details = Map.of(
                "agent", "agent:mairie-maurepas/a-1042",
                "at", "2026-03-14T10:00:00+01:00",
                "codes", "A,B",
                "vide", "",
                "Montant.Cents", "1250");
        assertThat(event("a.b", "demande", "d-1", details).details()).isEqualTo(details);
    }

    @Test
    void refusesActionsThatAreNotLowerCaseDottedWords() {
        for (String action : List.of(
                "",
                "Demande.deposee",
                "demande..deposee",
                ".demande",
                "demande.",
                "demande deposee",
                "1demande",
                "demande.1x",
                "démande",
                "a".repeat(JournalEvent.MAX_ACTION + 1))) {
            assertThatThrownBy(() -> event(action, "demande", "d-1", Map.of()))
                    .as(action)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("action");
        }
    }

    @Test
    void refusesBadSubjects() {
        for (String type :
                List.of("", "Demande", "1demande", "demande x", "a".repeat(JournalEvent.MAX_SUBJECT_TYPE + 1))) {
            assertThatThrownBy(() -> event("a", type, "d-1", Map.of()))
                    .as(type)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String id :
                List.of("", "d 1", "d/1", "jean.dupont@example.fr", "é", "x".repeat(JournalEvent.MAX_SUBJECT_ID + 1))) {
            assertThatThrownBy(() -> event("a", "demande", id, Map.of()))
                    .as(id)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesDetailsThatLookLikeFreeText() {
        for (String value : List.of(
                "Jean Dupont",
                "jean.dupont@example.fr",
                "12 rue de la Paix",
                "Élodie",
                "a\nb",
                "x".repeat(JournalEvent.MAX_VALUE + 1))) {
            assertThatThrownBy(() -> event("a", "demande", "d-1", Map.of("nom", value)))
                    .as(value)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(value);
        }
        for (String key : List.of("", "1a", "a b", "_a", "k".repeat(JournalEvent.MAX_KEY + 1))) {
            assertThatThrownBy(() -> event("a", "demande", "d-1", Map.of(key, "v")))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesTooManyDetails() {
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i <= JournalEvent.MAX_DETAILS; i++) {
            details.put("k" + i, "v");
        }

        assertThatThrownBy(() -> event("a", "demande", "d-1", details)).isInstanceOf(IllegalArgumentException.class);
        details.remove("k0");
        assertThat(event("a", "demande", "d-1", details).details()).hasSize(JournalEvent.MAX_DETAILS);
    }

    @Test
    void refusesTimesOutOfRange() {
        assertThatThrownBy(
                        () -> new JournalEvent(Instant.EPOCH.minusNanos(1000), AGENT, "a", "demande", "d-1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalEvent(
                        Instant.parse("+10000-01-01T00:00:00Z"), AGENT, "a", "demande", "d-1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new JournalEvent(Instant.EPOCH, AGENT, "a", "demande", "d-1", Map.of()).at())
                .isEqualTo(Instant.EPOCH);
        assertThat(new JournalEvent(JournalEvent.LATEST.plusNanos(999), AGENT, "a", "demande", "d-1", Map.of()).at())
                .isEqualTo(JournalEvent.LATEST);
    }

    @Test
    void refusesNulls() {
        Map<String, String> withNullValue = new HashMap<>();
        withNullValue.put("k", null);

        assertThatThrownBy(() -> new JournalEvent(null, AGENT, "a", "demande", "d-1", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JournalEvent(AT, null, "a", "demande", "d-1", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event(null, "demande", "d-1", Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event("a", "demande", "d-1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event("a", "demande", "d-1", withNullValue)).isInstanceOf(NullPointerException.class);
    }
}
