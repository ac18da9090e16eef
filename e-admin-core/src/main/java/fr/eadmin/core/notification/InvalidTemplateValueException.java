package fr.eadmin.core.notification;

import java.io.Serial;

/**
 * A template variable's value cannot be rendered: a type templates do not format, an empty list, a character
 * that no channel carries (U+0000, a lone surrogate). The message names the variable, never the value.
 */
public final class InvalidTemplateValueException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #variable()}. */
    private final String variable;
    /** See {@link #reason()}. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template
     * @param variable the variable
     * @param reason what is wrong with its value, without the value
     */
    public InvalidTemplateValueException(String templateCode, String variable, String reason) {
        super(templateCode, "the value of " + variable + " " + reason, null);
        this.variable = variable;
        this.reason = reason;
    }

    /** {@return the variable} */
    public String variable() {
        return variable;
    }

    /** {@return what is wrong with its value} */
    public String reason() {
        return reason;
    }
}
