package fr.eadmin.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static SignatureReport signature(Indication indication, SubIndication sub) {
        return new SignatureReport("s", indication, sub, null, null, null, null, List.of());
    }

    @Test
    void theDocumentPassesOnlyWhenEverySignaturePasses() {
        SignatureReport passed = signature(Indication.TOTAL_PASSED, null);
        SignatureReport unsure = signature(Indication.INDETERMINATE, SubIndication.TRY_LATER);
        SignatureReport failed = signature(Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE);

        assertThat(new ValidationReport(NOW, List.of(passed, passed)).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(new ValidationReport(NOW, List.of(passed, unsure)).indication())
                .isEqualTo(Indication.INDETERMINATE);
        assertThat(new ValidationReport(NOW, List.of(unsure, failed, passed)).indication())
                .isEqualTo(Indication.TOTAL_FAILED);
        assertThat(new ValidationReport(NOW, List.of()).passed()).isFalse();
    }

    @Test
    void aSubIndicationExplainsExactlyWhatDidNotPass() {
        assertThatThrownBy(() -> signature(Indication.TOTAL_PASSED, SubIndication.HASH_FAILURE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signature(Indication.TOTAL_FAILED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(signature(Indication.INDETERMINATE, SubIndication.NO_POE).why())
                .contains(SubIndication.NO_POE);
    }
}
