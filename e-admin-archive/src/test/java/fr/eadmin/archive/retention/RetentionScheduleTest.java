package fr.eadmin.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.archive.retention.RetentionAssessment.Reason;
import fr.eadmin.core.calendar.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {
    static final String JSON = """
            {
              "rules": [
                {"code": "DUA-SCOLAIRE", "label": "Inscriptions scolaires", "duration": "P10Y",
                 "startEvent": "CLOSURE", "fate": "DESTROY"},
                {"code": "DUA-URBANISME", "label": "Permis de construire", "duration": "P5Y",
                 "startEvent": "DECISION", "fate": "KEEP"},
                {"code": "DUA-SALLES", "label": "Réservations de salles", "duration": "P2Y",
                 "startEvent": "DEPOSIT", "fate": "SORT"}
              ],
              "teleservices": {
                "inscription-scolaire": "DUA-SCOLAIRE",
                "permis-construire": "DUA-URBANISME",
                "location-salle": "DUA-SALLES"
              }
            }
            """;

    static RetentionReferential referential() throws IOException {
        return RetentionReferential.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
    }

    static ClosedRecord record(String id, String teleservice, StartEvent event, LocalDate day) {
        return new ClosedRecord("demande", id, teleservice, Map.of(event, day));
    }

    @Test
    void readsTheReferentialTheArchivistEdits() throws IOException {
        RetentionReferential referential = referential();
        assertThat(referential.ruleFor("inscription-scolaire"))
                .get()
                .isEqualTo(new RetentionRule(
                        "DUA-SCOLAIRE",
                        "Inscriptions scolaires",
                        Period.ofYears(10),
                        StartEvent.CLOSURE,
                        FinalFate.DESTROY));
        assertThat(referential.ruleFor("etat-civil")).isEmpty();
    }

    @Test
    void writesTheReferentialBackToTheSameRules() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        referential().write(out);
        assertThat(RetentionReferential.read(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(referential());
    }

    @Test
    void aRecordIsDueOnTheDayItsDuaRunsOutInParis() throws IOException {
        // 2036-03-19T23:30Z is already 20 March in Paris.
        MutableClock clock = MutableClock.at(Instant.parse("2036-03-19T22:30:00Z"));
        RetentionSchedule schedule = RetentionSchedule.of(referential(), clock);
        ClosedRecord closed = record("d-1", "inscription-scolaire", StartEvent.CLOSURE, LocalDate.of(2026, 3, 20));

        assertThat(schedule.assess(List.of(closed)).due()).isEmpty();
        assertThat(schedule.assess(List.of(closed)).pending()).singleElement().satisfies(d -> assertThat(d.dueDate())
                .isEqualTo(LocalDate.of(2036, 3, 20)));

        clock.set(Instant.parse("2036-03-19T23:30:00Z"));

        RetentionAssessment due = schedule.assess(List.of(closed));
        assertThat(due.due()).singleElement().satisfies(d -> {
            assertThat(d.fate()).isEqualTo(FinalFate.DESTROY);
            assertThat(d.startDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        });
        assertThat(due.due(FinalFate.DESTROY)).hasSize(1);
        assertThat(due.due(FinalFate.KEEP)).isEmpty();
    }

    @Test
    void eachRuleRunsFromItsOwnEventAndGivesItsFate() throws IOException {
        MutableClock clock = MutableClock.at(Instant.parse("2031-06-01T10:00:00Z"));
        RetentionAssessment assessment = RetentionSchedule.of(referential(), clock)
                .assess(List.of(
                        record("u-1", "permis-construire", StartEvent.DECISION, LocalDate.of(2026, 5, 31)),
                        record("s-1", "location-salle", StartEvent.DEPOSIT, LocalDate.of(2029, 6, 1)),
                        record("s-2", "location-salle", StartEvent.DEPOSIT, LocalDate.of(2029, 6, 2))));

        assertThat(assessment.due()).extracting(d -> d.record().subjectId()).containsExactly("u-1", "s-1");
        assertThat(assessment.due()).extracting(DueRecord::fate).containsExactly(FinalFate.KEEP, FinalFate.SORT);
        assertThat(assessment.pending()).extracting(d -> d.record().subjectId()).containsExactly("s-2");
    }

    @Test
    void recordsWithoutRuleOrStartDateAreReportedNotDropped() throws IOException {
        RetentionAssessment assessment = RetentionSchedule.of(
                        referential(), MutableClock.at(Instant.parse("2040-01-01T00:00:00Z")))
                .assess(List.of(
                        record("x-1", "etat-civil", StartEvent.CLOSURE, LocalDate.of(2020, 1, 1)),
                        record("x-2", "inscription-scolaire", StartEvent.DECISION, LocalDate.of(2020, 1, 1))));
        assertThat(assessment.due()).isEmpty();
        assertThat(assessment.unassigned())
                .extracting(RetentionAssessment.Unassigned::reason)
                .containsExactly(Reason.NO_RULE, Reason.NO_START_DATE);
    }

    @Test
    void refusesInvalidReferentials() {
        assertThatThrownBy(() -> read("{\"rules\": [{\"code\": \"A\", \"label\": \"a\", \"duration\": \"5 ans\","
                        + " \"startEvent\": \"CLOSURE\", \"fate\": \"KEEP\"}]}"))
                .isInstanceOf(InvalidReferentialException.class)
                .satisfies(e ->
                        assertThat(((InvalidReferentialException) e).path()).isEqualTo("rules[0].duration"));
        assertThatThrownBy(() -> read("{\"rules\": [], \"teleservices\": {\"t\": \"NOPE\"}}"))
                .isInstanceOf(InvalidReferentialException.class)
                .hasMessageContaining("teleservices.t");
        assertThatThrownBy(() -> read("{\"rules\": [{\"code\": \"A\", \"label\": \"a\", \"duration\": \"P1Y\","
                        + " \"startEvent\": \"WEDDING\", \"fate\": \"KEEP\"}]}"))
                .isInstanceOf(InvalidReferentialException.class);
        assertThatThrownBy(() -> read("not json")).isInstanceOf(InvalidReferentialException.class);
        assertThatThrownBy(() -> read("{\"rules\": [{\"code\": \"A\", \"label\": \"a\", \"duration\": \"P-1Y\","
                        + " \"startEvent\": \"BIRTH\", \"fate\": \"KEEP\"}]}"))
                .isInstanceOf(InvalidReferentialException.class);
        RetentionRule rule = new RetentionRule("A", "a", Period.ofYears(1), StartEvent.BIRTH, FinalFate.KEEP);
        assertThatThrownBy(() -> RetentionReferential.of(List.of(rule, rule), Map.of()))
                .isInstanceOf(InvalidReferentialException.class);
    }

    private static RetentionReferential read(String json) throws IOException {
        return RetentionReferential.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
