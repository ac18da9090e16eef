package fr.eadmin.forms;

import fr.eadmin.forms.internal.Ids;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a form.
 *
 * @param id the stable id
 * @param title the title shown
 * @param nodes the fields, sections and blocks of the page, in order
 * @param exitRules the eligibility rules checked when the page is answered
 * @param visibleIf when the page is shown, or {@code null} for always
 */
public record Page(
        String id,
        String title,
        List<Node> nodes,
        List<ExitRule> exitRules,
        @Nullable Condition visibleIf) {
    /** Validates the page. */
    public Page {
        Ids.check(id, "page id");
        Objects.requireNonNull(title, "title");
        nodes = List.copyOf(nodes);
        exitRules = List.copyOf(exitRules);
    }

    /**
     * A page always shown, without exit rules.
     *
     * @param id the id
     * @param title the title
     * @param nodes the nodes
     * @return the page
     */
    public static Page of(String id, String title, List<Node> nodes) {
        return new Page(id, title, nodes, List.of(), null);
    }
}
