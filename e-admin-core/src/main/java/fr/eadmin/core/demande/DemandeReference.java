package fr.eadmin.core.demande;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short reference usagers see and quote on the phone: the year of creation and a sequence number within
 * the year, {@code 2026-000123}. Allocated by the {@link fr.eadmin.core.spi.DemandeStore}, unique.
 *
 * @param year the year, 2000 to 9999
 * @param sequence the number within the year, 1 to 999 999 999 (printed on at least 6 digits)
 */
public record DemandeReference(int year, long sequence) implements Comparable<DemandeReference> {
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-([0-9]{6,9})");

    /** Checks the values. */
    public DemandeReference {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("the year of a reference must be between 2000 and 9999");
        }
        if (sequence < 1 || sequence > 999_999_999L) {
            throw new IllegalArgumentException("the sequence of a reference must be between 1 and 999999999");
        }
    }

    /**
     * Parses {@code 2026-000123}.
     *
     * @param text the reference
     * @return the reference
     * @throws IllegalArgumentException if the text is not a reference
     */
    public static DemandeReference parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a demande reference is a year, a dash and at least 6 digits");
        }
        return new DemandeReference(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
    }

    @Override
    public int compareTo(DemandeReference other) {
        return year != other.year ? Integer.compare(year, other.year) : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-%06d", year, sequence);
    }
}
