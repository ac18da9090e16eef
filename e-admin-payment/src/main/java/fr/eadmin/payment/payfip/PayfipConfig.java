package fr.eadmin.payment.payfip;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The configuration of a PayFiP régie.
 *
 * @param numcli the client number the DGFiP gave the collectivité, exactly 6 digits
 * @param saisie the mode: test, activation or production
 */
public record PayfipConfig(String numcli, Saisie saisie) {
    private static final Pattern NUMCLI = Pattern.compile("[0-9]{6}");

    /** PayFiP's {@code saisie} field. */
    public enum Saisie {
        /** Test ({@code T}): nothing is collected. */
        TEST("T"),
        /** Activation ({@code X}): the real payments that open the service. */
        ACTIVATION("X"),
        /** Production ({@code W}). */
        PRODUCTION("W");

        private final String code;

        Saisie(String code) {
            this.code = code;
        }

        /** {@return the one-letter code sent to PayFiP} */
        public String code() {
            return code;
        }
    }

    /** Checks the values. */
    public PayfipConfig {
        Objects.requireNonNull(numcli, "numcli");
        Objects.requireNonNull(saisie, "saisie");
        if (!NUMCLI.matcher(numcli).matches()) {
            throw new PayfipFieldException("numcli", "exactly 6 digits");
        }
    }
}
