package fr.eadmin.core.calendar;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/**
 * No business calendar can be given for a department code: the code is not a French department (nor an overseas
 * collectivité in the code officiel géographique), or it designates a collectivité where the jours fériés of the
 * Code du travail do not apply (Nouvelle-Calédonie, Polynésie française and Wallis-et-Futuna, which have public
 * holidays of their own law, the Terres australes et antarctiques and Clipperton), which this package does not
 * provide.
 */
public final class UnsupportedDepartementException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #code()}. */
    private final String code;

    /**
     * Creates the exception.
     *
     * @param code the department code as given (a public code, never personal data)
     * @param reason why no calendar can be given
     */
    public UnsupportedDepartementException(String code, String reason) {
        super("no business calendar for department code " + printable(code) + ": " + reason);
        this.code = code;
    }

    /**
     * The department code as given.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    private static String printable(String code) {
        return code.matches("[0-9A-Za-z]{1,3}") ? code : "(not 1 to 3 letters or digits)";
    }
}
