package fr.eadmin.examples;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats euro amounts the French way for the scenarios' reports. */
final class Money {
    private Money() {}

    /**
     * Formats an amount in cents, such as {@code 84500} as {@code "845,00 €"}.
     *
     * @param cents the amount in euro cents
     * @return the French form, with a narrow no-break space before the euro sign
     */
    static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
