package fr.eadmin.core.notification;

import java.io.Serial;
import java.util.Set;
import java.util.TreeSet;

/**
 * A template uses a placeholder its code never supplies: a town's version of {@code accuse-reception} that
 * says {@code {{nom_du_maire}}}, which the demande engine does not provide. Detected when the template joins
 * a {@link MessageTemplates}, not when a usager is waiting for the message.
 */
public final class UnknownPlaceholderException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #placeholder()}. */
    private final String placeholder;
    /** See {@link #known()}. */
    private final Set<String> known;

    /**
     * Creates the exception.
     *
     * @param templateCode the code of the template
     * @param placeholder the placeholder it uses
     * @param known the variables the code supplies
     */
    public UnknownPlaceholderException(String templateCode, String placeholder, Set<String> known) {
        super(
                templateCode,
                "placeholder {{" + placeholder + "}} is not a variable of this template; its variables are "
                        + new TreeSet<>(known),
                null);
        this.placeholder = placeholder;
        this.known = Set.copyOf(known);
    }

    /** {@return the unknown placeholder's name} */
    public String placeholder() {
        return placeholder;
    }

    /** {@return the variables the template's code supplies} */
    public Set<String> known() {
        return known;
    }
}
