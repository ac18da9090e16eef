package fr.eadmin.archive.journal;

import java.util.List;

/**
 * The outcome of verifying a journal file: the problems found (none when valid), and what could not be
 * checked (seal tokens without a verifier, links between entries of a subject extract that are not
 * consecutive in the journal).
 *
 * @param scope what the file holds, or null if its header could not be read
 * @param entriesChecked how many entries were read
 * @param sealsChecked how many seals were found in agreement with the entries
 * @param problems the problems, in file order
 * @param notChecked what was not checked, in plain words
 */
public record ExtractVerification(
        @org.jspecify.annotations.Nullable ExtractScope scope,
        long entriesChecked,
        long sealsChecked,
        List<ExtractProblem> problems,
        List<String> notChecked) {
    /** Copies the lists. */
    public ExtractVerification {
        problems = List.copyOf(problems);
        notChecked = List.copyOf(notChecked);
    }

    /**
     * Whether no problem was found.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
