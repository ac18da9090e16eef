package fr.eadmin.payment.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a receipt in its régie's sequence of one year, shown as {@code 2026-000001}: the year, a dash
 * and the sequence number on at least six digits. Numbers of a régie and year run 1, 2, 3… without gaps.
 *
 * @param year the year (in Europe/Paris) the receipt was issued
 * @param sequence its rank in the year, from 1
 */
public record ReceiptNumber(int year, long sequence) implements Comparable<ReceiptNumber> {
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{6,12})");

    /** The zone in which a receipt's year is counted. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** Checks the values. */
    public ReceiptNumber {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a receipt year has four digits, got " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("receipt numbers start at 1, got " + sequence);
        }
    }

    /**
     * Parses the form {@link #toString()} gives.
     *
     * @param text such as {@code 2026-000042}
     * @return the number
     * @throws IllegalArgumentException if the text is not a receipt number
     */
    public static ReceiptNumber parse(String text) {
        Matcher matcher = TEXT.matcher(Objects.requireNonNull(text, "text"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a receipt number reads like 2026-000042");
        }
        return new ReceiptNumber(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /**
     * The year whose sequence a receipt issued at an instant takes its number from.
     *
     * @param issuedAt when the receipt is issued
     * @return the year in Europe/Paris
     */
    public static int yearOf(Instant issuedAt) {
        return Objects.requireNonNull(issuedAt, "issuedAt").atZone(ZONE).getYear();
    }

    @Override
    public int compareTo(ReceiptNumber other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
    }

    /** {@return the number as printed, such as {@code 2026-000042}} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%06d", year, sequence);
    }
}
