package fr.eadmin.forms.revision;

import fr.eadmin.core.EAdminException;
import java.io.Serial;
import java.util.Objects;

/** A draft or a definition is not of the form, or not of the version, an operation expects. */
public final class RevisionMismatchException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #expected()}. */
    private final String expected;
    /** See {@link #actual()}. */
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param expected the form and version expected, as {@code form@version}
     * @param actual the form and version given, as {@code form@version}
     */
    public RevisionMismatchException(String expected, String actual) {
        super("expected " + expected + ", got " + actual);
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    /**
     * The form and version expected.
     *
     * @return {@code form@version}
     */
    public String expected() {
        return expected;
    }

    /**
     * The form and version given.
     *
     * @return {@code form@version}
     */
    public String actual() {
        return actual;
    }
}
