package fr.eadmin.payment.providers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.RejectionReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Changes to signed notifications, and what the tests expect of the verdict. */
public final class Tampering {
    private Tampering() {}

    /**
     * One character of one parameter's value replaced by another.
     *
     * @param field which parameter (modulo their number)
     * @param position which character (modulo the value's length)
     * @param replacement the new character (the next one if it is the same as the old)
     */
    public record Change(int field, int position, char replacement) {
        /**
         * Applies the change.
         *
         * @param params the parameters, in order
         * @return a copy with one character changed
         */
        public Map<String, String> applyTo(Map<String, String> params) {
            Map<String, String> changed = new LinkedHashMap<>(params);
            List<String> names = List.copyOf(params.keySet());
            String name = names.get(field % names.size());
            String value = params.get(name);
            int at = position % value.length();
            char c = replacement == value.charAt(at) ? (char) (replacement + 1) : replacement;
            changed.put(name, value.substring(0, at) + c + value.substring(at + 1));
            return changed;
        }
    }

    /** {@return any single-character change of printable ASCII} */
    public static Arbitrary<Change> changes() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.chars().range(' ', '~'))
                .as(Change::new);
    }

    /**
     * The reason of a verdict that must be a rejection.
     *
     * @param verdict the verdict
     * @return its reason (the test fails if it was verified)
     */
    public static RejectionReason reason(NotificationVerdict verdict) {
        assertThat(verdict).isInstanceOf(NotificationVerdict.Rejected.class);
        return ((NotificationVerdict.Rejected) verdict).reason();
    }
}
