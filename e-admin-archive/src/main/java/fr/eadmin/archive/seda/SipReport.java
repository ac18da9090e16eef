package fr.eadmin.archive.seda;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of checking a transfer package: every problem found (none when valid).
 *
 * @param problems the problems, in the order found
 * @param entries how many zip entries were read
 * @param dataObjects how many binary data objects the manifest describes
 * @param schemaChecked whether the manifest was validated against the SEDA schema
 */
public record SipReport(List<SipProblem> problems, int entries, int dataObjects, boolean schemaChecked) {
    /** Copies the list. */
    public SipReport {
        problems = List.copyOf(problems);
    }

    /**
     * Whether no problem was found.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The kinds of problem found.
     *
     * @return the codes
     */
    public Set<SipProblemCode> codes() {
        return problems.stream().map(SipProblem::code).collect(Collectors.toUnmodifiableSet());
    }
}
