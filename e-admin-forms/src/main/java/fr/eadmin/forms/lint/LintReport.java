package fr.eadmin.forms.lint;

import java.util.List;

/**
 * Every finding of one definition, in the order of the definition.
 *
 * @param findings the findings
 */
public record LintReport(List<Finding> findings) {
    /** The code of the finding for a document that is not JSON (or YAML) at all, or cannot be read. */
    public static final String MALFORMED = "malformed-document";

    /** Validates the report. */
    public LintReport {
        findings = List.copyOf(findings);
    }

    /**
     * Whether there is no finding at all.
     *
     * @return {@code true} when clean
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /**
     * Whether there is at least one error.
     *
     * @return {@code true} when an error was found
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * Whether the document could be parsed at all (it may still have findings).
     *
     * @return {@code false} when the document is not JSON (or YAML)
     */
    public boolean isReadable() {
        return findings.stream().noneMatch(f -> f.code().equals(MALFORMED));
    }

    /**
     * The errors.
     *
     * @return the findings of severity {@link Severity#ERROR}
     */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /**
     * The warnings.
     *
     * @return the findings of severity {@link Severity#WARNING}
     */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
