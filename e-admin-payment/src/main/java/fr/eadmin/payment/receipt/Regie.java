package fr.eadmin.payment.receipt;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A régie: the public cash office that collects payments and issues quittances, each with its own sequence of
 * receipt numbers per year.
 *
 * @param code its short code, 1 to 20 upper-case letters, digits, {@code -} or {@code _}, such as {@code ENFANCE}
 * @param name its name as printed on quittances, such as {@code Régie enfance}
 */
public record Regie(String code, String name) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    /** Checks the values. */
    public Regie {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "a régie code has 1 to 20 upper-case letters, digits, dashes or underscores");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a régie has a name");
        }
    }
}
