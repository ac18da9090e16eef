package fr.eadmin.forms;

import fr.eadmin.forms.internal.Ids;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A titled group of nodes, shown or hidden together. A section does not nest answers: the fields inside it
 * answer at the level of the section.
 *
 * @param id the stable id
 * @param title the title shown
 * @param nodes the nodes of the section
 * @param visibleIf when the section is shown, or {@code null} for always
 */
public record Section(
        String id, String title, List<Node> nodes, @Nullable Condition visibleIf) implements Node {
    /** Validates the section. */
    public Section {
        Ids.check(id, "section id");
        Objects.requireNonNull(title, "title");
        nodes = List.copyOf(nodes);
    }
}
