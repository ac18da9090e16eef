package fr.eadmin.archive.seda;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The appraisal rule (règle de DUA) of an archive unit: the rule's code in the archive service's referential,
 * the date the DUA starts, and what happens when it runs out.
 *
 * @param rule the rule code, such as {@code APP-5Y}
 * @param startDate the date the DUA starts
 * @param finalAction keep or destroy at the end
 */
public record AppraisalRule(String rule, LocalDate startDate, FinalAction finalAction) {
    /** Checks the values. */
    public AppraisalRule {
        Text.requireToken(rule, "rule");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(finalAction, "finalAction");
    }
}
