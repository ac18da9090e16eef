package fr.eadmin.forms.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** The rule for ids of forms and of their nodes. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{0,63}");

    private Ids() {}

    /**
     * Checks an id: a letter, then up to 63 letters, digits, {@code _} or {@code -}.
     *
     * @param id the id
     * @param what what the id names, for the message
     */
    public static void check(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be a letter then up to 63 letters, digits, _ or -");
        }
    }
}
