package fr.eadmin.archive.retention;

import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeState;
import fr.eadmin.core.demande.Step;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A closed record the schedule looks at: a demande or a dossier, the téléservice it belongs to, and the days
 * of the events a DUA may run from.
 *
 * @param subjectType the kind of record, such as {@code demande} (as in the journal)
 * @param subjectId its technical id
 * @param teleservice the code of its téléservice
 * @param events the day of each known event
 */
public record ClosedRecord(
        String subjectType, String subjectId, String teleservice, Map<StartEvent, LocalDate> events) {
    /** Checks the values and copies the map. */
    public ClosedRecord {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(teleservice, "teleservice");
        events = Map.copyOf(events);
    }

    /**
     * The record of a decided demande: its deposit, decision and closure days (in Europe/Paris) from its
     * history.
     *
     * @param demande the demande
     * @return the record
     * @throws IllegalArgumentException if the demande is not decided (draft or still pending)
     */
    public static ClosedRecord of(Demande demande) {
        Objects.requireNonNull(demande, "demande");
        if (!demande.state().isDecision()) {
            throw new IllegalArgumentException("demande " + demande.id() + " is not closed: " + demande.state());
        }
        Map<StartEvent, LocalDate> events = new EnumMap<>(StartEvent.class);
        List<Step> history = demande.history();
        for (Step step : history) {
            LocalDate day = step.at().atZone(Demande.ZONE).toLocalDate();
            if (step.to() == DemandeState.DEPOSEE) {
                events.putIfAbsent(StartEvent.DEPOSIT, day);
            }
            if (step.to().isDecision()) {
                events.put(StartEvent.DECISION, day);
            }
        }
        if (!history.isEmpty()) {
            events.put(
                    StartEvent.CLOSURE,
                    history.get(history.size() - 1).at().atZone(Demande.ZONE).toLocalDate());
        }
        return new ClosedRecord("demande", demande.id().toString(), demande.teleservice(), events);
    }
}
