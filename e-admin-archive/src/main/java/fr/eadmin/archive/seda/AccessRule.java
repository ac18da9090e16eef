package fr.eadmin.archive.seda;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The access rule (délai de communicabilité) of an archive unit: the rule's code and its start date.
 *
 * @param rule the rule code, such as {@code ACC-00050} (50 years, private life)
 * @param startDate the date the delay starts
 */
public record AccessRule(String rule, LocalDate startDate) {
    /** Checks the values. */
    public AccessRule {
        Text.requireToken(rule, "rule");
        Objects.requireNonNull(startDate, "startDate");
    }
}
