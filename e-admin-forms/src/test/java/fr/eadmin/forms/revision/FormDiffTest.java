package fr.eadmin.forms.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormDiffTest {
    private static final FieldType TEXT = new FieldType.ShortText(0, 100, null);
    private static final List<ChoiceOption> OPTIONS =
            List.of(new ChoiceOption("danse", "Danse"), new ChoiceOption("musique", "Musique"));

    private static final FormDefinition V1 = new FormDefinition(
            "inscription",
            1,
            "Inscription",
            List.of(
                    new Page(
                            "responsable",
                            "Responsable",
                            List.of(
                                    Field.required("nom", "Nom", TEXT),
                                    Field.optional("fax", "Fax", TEXT),
                                    Field.optional("naissance", "Naissance", TEXT),
                                    Field.optional(
                                            "discipline", "Discipline", new FieldType.SingleChoice(OPTIONS, false))),
                            List.of(new ExitRule("mineur", new Condition.Empty("nom", false), "Non.")),
                            null),
                    Page.of(
                            "eleve",
                            "Élève",
                            List.of(new RepeatableBlock(
                                    "enfants",
                                    "Enfants",
                                    0,
                                    3,
                                    List.of(Field.optional("prenom", "Prénom", TEXT)),
                                    null)))));

    private static final FormDefinition V2 = new FormDefinition(
            "inscription",
            2,
            "Inscription",
            List.of(
                    new Page(
                            "responsable",
                            "Responsable légal",
                            List.of(
                                    Field.required("nom", "Nom de famille", TEXT),
                                    Field.optional("telephone", "Téléphone", TEXT),
                                    Field.required(
                                            "discipline",
                                            "Discipline",
                                            new FieldType.SingleChoice(OPTIONS.subList(0, 1), false))),
                            List.of(new ExitRule("mineur", new Condition.Empty("nom", false), "Pas possible.")),
                            null),
                    Page.of(
                            "eleve",
                            "Élève",
                            List.of(
                                    new Section(
                                            "identite",
                                            "Identité",
                                            List.of(Field.optional(
                                                    "naissance", "Naissance", new FieldType.LongText(0, 100))),
                                            null),
                                    new RepeatableBlock(
                                            "enfants",
                                            "Enfants",
                                            0,
                                            5,
                                            List.of(Field.optional("prenom", "Prénom", TEXT)),
                                            null)))));

    @Test
    void listsAddedRemovedMovedAndChangedElementsInAStableText() {
        FormDiff diff = FormDiff.between(V1, V2);
        assertThat(diff.toText()).isEqualTo("""
                        form inscription: version 1 -> 2
                        ~ page responsable: label
                        ~ field nom: label
                        + field telephone in responsable
                        ~ field discipline: options, required
                        ~ exit-rule mineur: message
                        + section identite in eleve
                        > field naissance from responsable to eleve/identite
                        ~ field naissance: type
                        ~ block enfants: constraints
                        - field fax from responsable
                        """);
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void isAlsoJson() {
        var json = FormDiff.between(V1, V2).toJson();
        assertThat(json.get("formId").textValue()).isEqualTo("inscription");
        assertThat(json.get("from").intValue()).isEqualTo(1);
        assertThat(json.get("to").intValue()).isEqualTo(2);
        var moved = json.get("changes").get(6);
        assertThat(moved.get("kind").textValue()).isEqualTo("moved");
        assertThat(moved.get("element").textValue()).isEqualTo("field");
        assertThat(moved.get("before").textValue()).isEqualTo("responsable");
        assertThat(moved.get("after").textValue()).isEqualTo("eleve/identite");
        assertThat(json.get("changes").get(3).get("aspects").toString()).isEqualTo("[\"options\",\"required\"]");
    }

    @Test
    void aVersionAgainstItselfHasNoChange() {
        assertThat(FormDiff.between(V1, V1).toText()).isEqualTo("form inscription: version 1 -> 1\nno change\n");
    }

    @Test
    void refusesTwoDifferentForms() {
        FormDefinition other = new FormDefinition("autre", 1, "Autre", V1.pages());
        assertThatThrownBy(() -> FormDiff.between(V1, other)).isInstanceOf(RevisionMismatchException.class);
    }
}
