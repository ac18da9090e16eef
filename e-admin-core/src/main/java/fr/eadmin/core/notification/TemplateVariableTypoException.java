package fr.eadmin.core.notification;

import java.io.Serial;

/**
 * A variable given to a template is not one of its variables but looks like a misspelling of one ({@code
 * date_limte} for {@code date_limite}, {@code Reference} for {@code reference}): rendering refuses it rather
 * than let a message go out with a value silently left out.
 */
public final class TemplateVariableTypoException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #variable()}. */
    private final String variable;
    /** See {@link #suggestion()}. */
    private final String suggestion;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template
     * @param variable the variable given
     * @param suggestion the template's variable it resembles
     */
    public TemplateVariableTypoException(String templateCode, String variable, String suggestion) {
        super(templateCode, "variable " + variable + " is unknown: did you mean " + suggestion + "?", null);
        this.variable = variable;
        this.suggestion = suggestion;
    }

    /** {@return the variable given} */
    public String variable() {
        return variable;
    }

    /** {@return the template's variable it resembles} */
    public String suggestion() {
        return suggestion;
    }
}
