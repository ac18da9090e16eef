package fr.eadmin.documents;

import java.util.List;
import java.util.function.ToLongFunction;

/** Sums of amounts in cents that refuse to overflow. */
final class Amounts {
    private Amounts() {}

    static <T> long sum(String document, List<T> lines, ToLongFunction<T> amount) {
        long total = 0;
        for (T line : lines) {
            try {
                total = Math.addExact(total, amount.applyAsLong(line));
            } catch (ArithmeticException e) {
                throw new InvalidDocumentException(document, "lines", "the total is out of range");
            }
        }
        return total;
    }
}
