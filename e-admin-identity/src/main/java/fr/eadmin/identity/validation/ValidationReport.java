package fr.eadmin.identity.validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The validation of every signature of a document.
 *
 * @param validationTime when the validation ran (the clock's now)
 * @param signatures one report per signature, in the order of the document
 */
public record ValidationReport(Instant validationTime, List<SignatureReport> signatures) {
    /** Checks the values and copies the list. */
    public ValidationReport {
        Objects.requireNonNull(validationTime, "validationTime");
        signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
    }

    /**
     * The document's indication: {@link Indication#TOTAL_PASSED} when it has signatures and every one
     * passed, {@link Indication#TOTAL_FAILED} when one failed, otherwise {@link Indication#INDETERMINATE}
     * (a document without a signature included).
     *
     * @return the indication
     */
    public Indication indication() {
        if (signatures.isEmpty()) {
            return Indication.INDETERMINATE;
        }
        if (signatures.stream().allMatch(SignatureReport::passed)) {
            return Indication.TOTAL_PASSED;
        }
        if (signatures.stream().anyMatch(s -> s.indication() == Indication.TOTAL_FAILED)) {
            return Indication.TOTAL_FAILED;
        }
        return Indication.INDETERMINATE;
    }

    /**
     * Whether the document passed.
     *
     * @return true for {@link Indication#TOTAL_PASSED}
     */
    public boolean passed() {
        return indication() == Indication.TOTAL_PASSED;
    }
}
