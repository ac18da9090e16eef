package fr.eadmin.archive.retention;

import fr.eadmin.archive.retention.RetentionAssessment.Reason;
import fr.eadmin.archive.retention.RetentionAssessment.Unassigned;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Computes, for closed records, which are due for their final fate today (in Europe/Paris) under the
 * referential: a record is due from the day its rule's start event plus the DUA.
 *
 * {@snippet :
 * RetentionAssessment today = RetentionSchedule.of(referential, clock).assess(records);
 * List<DueRecord> toEliminate = today.due(FinalFate.DESTROY);
 * }
 *
 * <p>Thread-safe.
 */
public final class RetentionSchedule {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Comparator<DueRecord> BY_DUE_DATE = Comparator.comparing(DueRecord::dueDate)
            .thenComparing(d -> d.record().subjectId());

    private final RetentionReferential referential;
    private final Clock clock;

    private RetentionSchedule(RetentionReferential referential, Clock clock) {
        this.referential = referential;
        this.clock = clock;
    }

    /**
     * A schedule.
     *
     * @param referential the rules
     * @param clock the clock giving today
     * @return the schedule
     */
    public static RetentionSchedule of(RetentionReferential referential, Clock clock) {
        return new RetentionSchedule(
                Objects.requireNonNull(referential, "referential"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Places records against the referential, as of today.
     *
     * @param records the closed records
     * @return the due, pending and unassigned records
     */
    public RetentionAssessment assess(Collection<ClosedRecord> records) {
        Objects.requireNonNull(records, "records");
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        List<DueRecord> due = new ArrayList<>();
        List<DueRecord> pending = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (ClosedRecord record : records) {
            RetentionRule rule = referential.ruleFor(record.teleservice()).orElse(null);
            if (rule == null) {
                unassigned.add(new Unassigned(record, Reason.NO_RULE));
                continue;
            }
            LocalDate start = record.events().get(rule.startEvent());
            if (start == null) {
                unassigned.add(new Unassigned(record, Reason.NO_START_DATE));
                continue;
            }
            DueRecord placed = new DueRecord(record, rule, start, rule.dueDate(start));
            (placed.dueDate().isAfter(today) ? pending : due).add(placed);
        }
        due.sort(BY_DUE_DATE);
        pending.sort(BY_DUE_DATE);
        return new RetentionAssessment(due, pending, unassigned);
    }
}
