package fr.eadmin.core.notification;

import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A template was rendered without a value for one of its placeholders. */
public final class MissingTemplateVariableException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #variable()}. */
    private final String variable;
    /** See {@link #suggestion()}. */
    private final @Nullable String suggestion;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template
     * @param variable the placeholder without a value
     * @param suggestion a variable that was given and looks like a misspelling of this one, or null
     */
    public MissingTemplateVariableException(String templateCode, String variable, @Nullable String suggestion) {
        super(
                templateCode,
                "no value for {{" + variable + "}}"
                        + (suggestion == null ? "" : " (a variable named " + suggestion + " was given: a typo?)"),
                null);
        this.variable = variable;
        this.suggestion = suggestion;
    }

    /** {@return the placeholder without a value} */
    public String variable() {
        return variable;
    }

    /** {@return a variable that was given and looks like a misspelling of the missing one} */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
