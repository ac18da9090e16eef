package fr.eadmin.forms.lint;

import java.util.Objects;

/**
 * One problem of a form definition.
 *
 * @param code a stable code a program can test ({@code duplicate-id}, {@code unreachable-page}…)
 * @param path the JSON Pointer (RFC 6901) of the node in the definition ({@code /pages/0/nodes/2/visibleIf}),
 *     empty for the definition itself
 * @param severity how serious it is
 * @param message what is wrong, in English, for the author of the definition
 */
public record Finding(String code, String path, Severity severity, String message) {
    /** Validates the finding. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with /");
        }
    }

    /**
     * An error.
     *
     * @param code the code
     * @param path the JSON Pointer
     * @param message the message
     * @return the finding
     */
    public static Finding error(String code, String path, String message) {
        return new Finding(code, path, Severity.ERROR, message);
    }

    /**
     * A warning.
     *
     * @param code the code
     * @param path the JSON Pointer
     * @param message the message
     * @return the finding
     */
    public static Finding warning(String code, String path, String message) {
        return new Finding(code, path, Severity.WARNING, message);
    }

    /**
     * Whether this is an error.
     *
     * @return {@code true} for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line for a terminal: {@code error /pages/0/id duplicate-id: duplicate id 'nom'}.
     *
     * @return the line
     */
    public String toLine() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + (path.isEmpty() ? "/" : path) + " " + code
                + ": " + message;
    }
}
