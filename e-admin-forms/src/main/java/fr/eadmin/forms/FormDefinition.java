package fr.eadmin.forms;

import fr.eadmin.forms.internal.DefinitionChecker;
import fr.eadmin.forms.internal.Ids;
import java.util.List;
import java.util.Objects;

/**
 * A form: its pages of fields, sections and repeatable blocks. Ids are unique across the whole definition
 * (pages, nodes, exit rules), and every condition names fields declared before the node it applies to; a
 * definition that breaks these rules cannot be built ({@link InvalidFormDefinitionException}).
 *
 * {@snippet :
 * FormDefinition form = new FormDefinition("inscription", 1, "Inscription", List.of(Page.of("p1", "Élève", List.of(
 *         Field.required("nom", "Nom", new FieldType.ShortText(1, 100, null)),
 *         Field.required("discipline", "Discipline", new FieldType.SingleChoice(options, false))))));
 * }
 *
 * @param id the stable id of the form
 * @param version the version of the definition, from 1
 * @param title the title shown
 * @param pages the pages, at least one
 */
public record FormDefinition(String id, int version, String title, List<Page> pages) {
    /** Validates the definition: ids, unique ids, references of conditions and computed values. */
    public FormDefinition {
        Ids.check(id, "form id");
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(pages);
        if (version < 1) {
            throw new InvalidFormDefinitionException("version", "must be at least 1");
        }
        if (pages.isEmpty()) {
            throw new InvalidFormDefinitionException("pages", "a form needs at least one page");
        }
        DefinitionChecker.check(pages);
    }
}
