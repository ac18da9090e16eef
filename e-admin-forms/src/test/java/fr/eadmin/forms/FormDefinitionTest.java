package fr.eadmin.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormDefinitionTest {
    private static final FieldType TEXT = new FieldType.ShortText(0, 100, null);

    @Test
    void buildsInJavaWithConditionsOnEarlierFields() {
        FormDefinition form = new FormDefinition(
                "inscription",
                2,
                "Inscription",
                List.of(Page.of(
                        "p",
                        "P",
                        List.of(
                                Field.required("tarif", "Tarif", TEXT),
                                Field.required("quotient", "Quotient", new FieldType.IntegerNumber(0L, null, 1))
                                        .visibleIf(Condition.eq("tarif", "quotient"))))));

        assertThat(form.pages().get(0).nodes()).hasSize(2);
    }

    @Test
    void refusesDuplicateIdsAcrossPagesAndBlocks() {
        Page first = Page.of("p1", "P", List.of(Field.optional("nom", "Nom", TEXT)));
        Page second = Page.of(
                "p2",
                "Q",
                List.of(new RepeatableBlock(
                        "enfants", "Enfants", 0, 2, List.of(Field.optional("nom", "Nom", TEXT)), null)));

        assertThatThrownBy(() -> new FormDefinition("f", 1, "F", List.of(first, second)))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("pages[1].nodes[0].fields[0].id: duplicate id 'nom'");
        assertThatThrownBy(() -> new FormDefinition("f", 1, "F", List.of(first, Page.of("nom", "Q", List.of()))))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("pages[1].id: duplicate id 'nom'");
    }

    @Test
    void fieldsOfABlockAreNotVisibleOutsideIt() {
        Page page = Page.of(
                "p",
                "P",
                List.of(
                        new RepeatableBlock(
                                "enfants", "Enfants", 0, 2, List.of(Field.optional("prenom", "Prénom", TEXT)), null),
                        Field.optional("x", "X", TEXT).visibleIf(new Condition.Empty("prenom", false))));

        assertThatThrownBy(() -> new FormDefinition("f", 1, "F", List.of(page)))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("pages[0].nodes[1].visibleIf.field: 'prenom' is not a field declared before");
    }

    @Test
    void recordsAreImmutable() {
        List<Node> nodes = new ArrayList<>(List.of(Field.optional("a", "A", TEXT)));
        Page page = Page.of("p", "P", nodes);
        nodes.clear();

        assertThat(page.nodes()).hasSize(1);
        assertThatThrownBy(() -> page.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesInconsistentTypes() {
        assertThatThrownBy(() -> new FieldType.IntegerNumber(5L, 1L, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldType.SingleChoice(List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldType.SingleChoice(
                        List.of(new ChoiceOption("a", "A"), new ChoiceOption("a", "B")), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Field.required("d", "D", new FieldType.Display("texte")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.Compare(Condition.Comparator.LT, "a", new Condition.Literal.Text("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepeatableBlock("b", "B", 0, 1_001, List.of(Field.optional("a", "A", TEXT)), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dateBoundsReadBackTheirText() {
        for (String text : List.of("today", "today+P1M", "today-P18Y", "2026-01-31")) {
            assertThat(DateBound.parse(text).text()).isEqualTo(text);
        }
        assertThatThrownBy(() -> DateBound.parse("tomorrow")).isInstanceOf(IllegalArgumentException.class);
    }
}
