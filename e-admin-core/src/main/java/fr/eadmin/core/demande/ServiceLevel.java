package fr.eadmin.core.demande;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How well a téléservice kept its delays over a period: the demandes received in {@code [from, to)}, how many
 * are decided, the distribution of their processing times (receipt to decision, waits for pièces excluded, see
 * {@link Processing}) in days and in business days, and those now late.
 *
 * {@snippet :
 * ServiceLevel level = demandes.serviceLevel("acte-naissance", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
 * level.shareDecidedWithinBusinessDays(6); // 0.79: "79 % traitées en moins de 6 jours ouvrés"
 * level.percentileBusinessDays(90);         // 9: nine demandes out of ten decided within 9 jours ouvrés
 * }
 *
 * <p>Percentiles are nearest-rank: the smallest time within which at least p % of the decided demandes were
 * decided. Shares are of the decided demandes, between 0 and 1, and 0 when none is decided. Implicit decisions
 * count as decided, at the end of the delay, and never as decided within it.
 *
 * @param teleservice the téléservice's code
 * @param from the first day of the period (receipt on or after)
 * @param to the day after the period (receipt before)
 * @param asOf the day the report was made, which decides what is late
 * @param received how many demandes were received in the period
 * @param decided how many of them are decided now
 * @param decidedWithinDelay how many of them were decided expressly by the end of their delay
 * @param implicitDecisions how many of them were decided by silence
 * @param days how many decided demandes took each number of days
 * @param businessDays how many decided demandes took each number of business days
 * @param late the demandes of the period not decided and past their delay, by deadline
 */
public record ServiceLevel(
        String teleservice,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        long received,
        long decided,
        long decidedWithinDelay,
        long implicitDecisions,
        SortedMap<Integer, Long> days,
        SortedMap<Integer, Long> businessDays,
        List<LateDemande> late) {

    /** Checks the values. */
    public ServiceLevel {
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
        businessDays = Collections.unmodifiableSortedMap(new TreeMap<>(businessDays));
        late = List.copyOf(late);
        if (decided > received || decidedWithinDelay + implicitDecisions > decided) {
            throw new IllegalArgumentException("counts must satisfy withinDelay + implicit <= decided <= received");
        }
        if (total(days) != decided || total(businessDays) != decided) {
            throw new IllegalArgumentException("each distribution must count the decided demandes");
        }
    }

    /**
     * Combines the service levels of several téléservices over the same period into one: a town's figure over
     * all its services ("79 % traitées en moins de 6 jours ouvrés"). Counts and distributions are added; the
     * late demandes are merged, by deadline.
     *
     * {@snippet :
     * List<ServiceLevel> each = codes.stream().map(code -> demandes.serviceLevel(code, from, to)).toList();
     * ServiceLevel town = ServiceLevel.combine("mairie-maurepas", each);
     * }
     *
     * @param label the name the combination is reported under, in place of a téléservice code
     * @param levels at least one level; all of the same period and made the same day
     * @return the combined level
     * @throws IllegalArgumentException if there is no level, or their periods or days differ
     */
    public static ServiceLevel combine(String label, List<ServiceLevel> levels) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        ServiceLevel first = levels.get(0);
        long received = 0;
        long decided = 0;
        long within = 0;
        long implicit = 0;
        SortedMap<Integer, Long> days = new TreeMap<>();
        SortedMap<Integer, Long> businessDays = new TreeMap<>();
        List<LateDemande> late = new ArrayList<>();
        for (ServiceLevel level : levels) {
            if (!level.from.equals(first.from) || !level.to.equals(first.to) || !level.asOf.equals(first.asOf)) {
                throw new IllegalArgumentException("the levels of " + first.teleservice + " and " + level.teleservice
                        + " are not over the same period as of the same day");
            }
            received += level.received;
            decided += level.decided;
            within += level.decidedWithinDelay;
            implicit += level.implicitDecisions;
            level.days.forEach((n, count) -> days.merge(n, count, Long::sum));
            level.businessDays.forEach((n, count) -> businessDays.merge(n, count, Long::sum));
            late.addAll(level.late);
        }
        late.sort(Comparator.comparing(
                LateDemande::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return new ServiceLevel(
                label, first.from, first.to, first.asOf, received, decided, within, implicit, days, businessDays, late);
    }

    private static long total(Map<Integer, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The share of decided demandes decided expressly within their delay.
     *
     * @return between 0 and 1
     */
    public double shareDecidedWithinDelay() {
        return decided == 0 ? 0 : (double) decidedWithinDelay / decided;
    }

    /**
     * The share of decided demandes decided in at most {@code threshold} days.
     *
     * @param threshold the number of days
     * @return between 0 and 1
     */
    public double shareDecidedWithinDays(int threshold) {
        return share(days, threshold);
    }

    /**
     * The share of decided demandes decided in at most {@code threshold} business days.
     *
     * @param threshold the number of business days
     * @return between 0 and 1
     */
    public double shareDecidedWithinBusinessDays(int threshold) {
        return share(businessDays, threshold);
    }

    /**
     * A percentile of the processing time in days.
     *
     * @param percent 1 to 100, such as 50, 90 or 95
     * @return the time, or -1 when nothing is decided
     */
    public int percentileDays(int percent) {
        return percentile(days, percent);
    }

    /**
     * A percentile of the processing time in business days.
     *
     * @param percent 1 to 100, such as 50, 90 or 95
     * @return the time, or -1 when nothing is decided
     */
    public int percentileBusinessDays(int percent) {
        return percentile(businessDays, percent);
    }

    private double share(SortedMap<Integer, Long> histogram, int threshold) {
        if (decided == 0) {
            return 0;
        }
        long within = histogram.headMap(threshold + 1).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return (double) within / decided;
    }

    private int percentile(SortedMap<Integer, Long> histogram, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a percentile is between 1 and 100");
        }
        if (decided == 0) {
            return -1;
        }
        long rank = (decided * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return histogram.lastKey();
    }
}
