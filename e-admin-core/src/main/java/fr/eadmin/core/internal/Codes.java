package fr.eadmin.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Technical codes (organisations, agents, components): letters, digits, dot, dash and underscore. */
public final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Codes() {}

    /**
     * Checks a technical code.
     *
     * @param name the parameter's name, for the message
     * @param value the code
     * @return the code
     * @throws IllegalArgumentException if it is not 1 to 64 letters, digits, dots, dashes or underscores
     */
    public static String require(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1 to 64 letters, digits, dots, dashes or underscores");
        }
        return value;
    }
}
