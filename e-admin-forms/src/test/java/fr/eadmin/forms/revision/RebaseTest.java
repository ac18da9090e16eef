package fr.eadmin.forms.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.revision.RebaseReport.Outcome;
import fr.eadmin.forms.validation.Submission;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebaseTest {
    private static final List<ChoiceOption> OPTIONS =
            List.of(new ChoiceOption("danse", "Danse"), new ChoiceOption("musique", "Musique"));

    private static FormDefinition form(int version, Node... nodes) {
        return new FormDefinition("inscription", version, "Inscription", List.of(Page.of("p", "P", List.of(nodes))));
    }

    private static Field field(String id, FieldType type) {
        return Field.optional(id, id, type);
    }

    private static RepeatableBlock block(String id, Field... fields) {
        return new RepeatableBlock(id, id, 0, 2, List.of(fields), null);
    }

    private static Rebase.Result rebase(String answers, FormDefinition from, FormDefinition to) {
        return Rebase.onto(Draft.of(from, Submission.parse(answers.replace('\'', '"'))), from, to);
    }

    private static String json(Rebase.Result result) {
        return result.draft().answers().toJson().replace('"', '\'');
    }

    @Test
    void convertsCompatibleTypes() {
        FormDefinition v1 = form(
                1,
                field("age", new FieldType.IntegerNumber(0L, 120L, 1)),
                field("motif", new FieldType.ShortText(0, 100, null)),
                field("discipline", new FieldType.SingleChoice(OPTIONS, false)),
                field("siret", new FieldType.ShortText(0, 100, null)),
                field("accord", new FieldType.YesNo()),
                field("montant", new FieldType.DecimalNumber(null, null, null)));
        FormDefinition v2 = form(
                2,
                field("age", new FieldType.DecimalNumber(null, null, null)),
                field("motif", new FieldType.LongText(0, 1000)),
                field("discipline", new FieldType.MultipleChoice(OPTIONS, false, 0, 2)),
                field("siret", new FieldType.Identifier(IdentifierKind.SIRET)),
                field("accord", new FieldType.Checkbox()),
                field("montant", new FieldType.IntegerNumber(null, null, 1)));
        Rebase.Result result = rebase(
                "{'age':12,'motif':'Déménagement','discipline':'danse','siret':'732 829 320 00074','accord':true,"
                        + "'montant':15.00}",
                v1,
                v2);
        assertThat(json(result))
                .isEqualTo("{'age':12,'motif':'Déménagement','discipline':['danse'],'siret':'73282932000074',"
                        + "'accord':true,'montant':15}");
        assertThat(result.report().entries())
                .extracting(RebaseReport.Entry::path, RebaseReport.Entry::outcome, RebaseReport.Entry::reason)
                .containsExactly(
                        tuple("age", Outcome.CONVERTED, "integer-to-decimal"),
                        tuple("motif", Outcome.CONVERTED, "short-to-long-text"),
                        tuple("discipline", Outcome.CONVERTED, "single-to-multiple-choice"),
                        tuple("siret", Outcome.CONVERTED, "text-to-identifier"),
                        tuple("accord", Outcome.CONVERTED, "yes-no-checkbox"),
                        tuple("montant", Outcome.CONVERTED, "decimal-to-integer"));
        assertThat(result.draft().version()).isEqualTo(2);
        assertThat(result.report().from()).isEqualTo(1);
        assertThat(result.report().to()).isEqualTo(2);
    }

    @Test
    void dropsWhatCannotBeConvertedWithItsReason() {
        FormDefinition v1 = form(
                1,
                field("siret", new FieldType.ShortText(0, 100, null)),
                field("discipline", new FieldType.SingleChoice(OPTIONS, false)),
                field("montant", new FieldType.DecimalNumber(null, null, null)),
                field("fax", new FieldType.ShortText(0, 20, null)),
                field("note", new FieldType.LongText(0, 1000)),
                field("age", new FieldType.IntegerNumber(null, null, 1)));
        FormDefinition v2 = form(
                2,
                field("siret", new FieldType.Identifier(IdentifierKind.SIRET)),
                field("discipline", new FieldType.SingleChoice(OPTIONS.subList(1, 2), false)),
                field("montant", new FieldType.IntegerNumber(null, null, 1)),
                field("note", new FieldType.ShortText(0, 10, null)),
                field("age", new FieldType.YesNo()));
        Rebase.Result result = rebase(
                "{'siret':'12345','discipline':'danse','montant':15.5,'fax':'01','note':'deux\\nlignes','age':3,"
                        + "'inconnu':1}",
                v1,
                v2);
        assertThat(json(result)).isEqualTo("{}");
        assertThat(result.report().dropped())
                .extracting(RebaseReport.Entry::path, RebaseReport.Entry::reason)
                .containsExactly(
                        tuple("siret", "not-an-identifier"),
                        tuple("discipline", "option-removed"),
                        tuple("montant", "not-an-integer"),
                        tuple("fax", "field-removed"),
                        tuple("note", "too-long"),
                        tuple("age", "incompatible-type"),
                        tuple("inconnu", "unknown-field"));
        assertThat(result.report().kept()).isEmpty();
    }

    @Test
    void keepsTheChoicesStillOfferedOfAMultipleChoice() {
        List<ChoiceOption> three =
                List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B"), new ChoiceOption("c", "C"));
        FormDefinition v1 = form(1, field("jours", new FieldType.MultipleChoice(three, false, 0, 3)));
        FormDefinition v2 = form(2, field("jours", new FieldType.MultipleChoice(three.subList(0, 2), false, 0, 3)));
        Rebase.Result result = rebase("{'jours':['a','c']}", v1, v2);
        assertThat(json(result)).isEqualTo("{'jours':['a']}");
        assertThat(result.report().converted())
                .extracting(RebaseReport.Entry::reason)
                .containsExactly("option-removed");
        assertThat(json(rebase("{'jours':['c']}", v1, v2))).isEqualTo("{}");
        assertThat(json(rebase("{'jours':['a','b']}", v1, v2))).isEqualTo("{'jours':['a','b']}");
    }

    @Test
    void movesAnswersIntoAndOutOfBlocksExplicitly() {
        FieldType text = new FieldType.ShortText(0, 50, null);
        FormDefinition v1 = form(1, field("prenom", text), block("enfants", field("ecole", text)));
        FormDefinition v2 = form(2, field("ecole", text), block("enfants", field("prenom", text)));
        Rebase.Result result = rebase("{'prenom':'Léa','enfants':[{'ecole':'Jaurès'}]}", v1, v2);
        assertThat(json(result)).isEqualTo("{'enfants':[{'prenom':'Léa'}],'ecole':'Jaurès'}");
        assertThat(result.report().entries())
                .extracting(RebaseReport.Entry::path, RebaseReport.Entry::newPath, RebaseReport.Entry::reason)
                .containsExactly(
                        tuple("prenom", "enfants[0].prenom", "moved-into-block"),
                        tuple("enfants[0].ecole", "ecole", "moved-out-of-block"));

        Rebase.Result several = rebase("{'enfants':[{'ecole':'Jaurès'},{'ecole':'Zola'}]}", v1, v2);
        assertThat(json(several)).isEqualTo("{'enfants':[{},{}]}");
        assertThat(several.report().dropped())
                .extracting(RebaseReport.Entry::path, RebaseReport.Entry::reason)
                .containsExactly(
                        tuple("enfants[0].ecole", "several-occurrences"),
                        tuple("enfants[1].ecole", "several-occurrences"));
    }

    @Test
    void movesAnswersBetweenBlocksOccurrenceByOccurrence() {
        FieldType text = new FieldType.ShortText(0, 50, null);
        FormDefinition v1 = form(1, block("enfants", field("prenom", text), field("ecole", text)));
        FormDefinition v2 = form(2, block("enfants", field("prenom", text)), block("scolarite", field("ecole", text)));
        Rebase.Result result =
                rebase("{'enfants':[{'prenom':'Léa','ecole':'Jaurès'},{'prenom':'Tom','ecole':'Zola'}]}", v1, v2);
        assertThat(json(result))
                .isEqualTo("{'enfants':[{'prenom':'Léa'},{'prenom':'Tom'}],"
                        + "'scolarite':[{'ecole':'Jaurès'},{'ecole':'Zola'}]}");
        assertThat(result.report().converted())
                .extracting(RebaseReport.Entry::newPath, RebaseReport.Entry::reason)
                .containsExactly(
                        tuple("scolarite[0].ecole", "moved-between-blocks"),
                        tuple("scolarite[1].ecole", "moved-between-blocks"));
        assertThat(result.report().kept()).hasSize(2);
    }

    @Test
    void dropsOccurrencesBeyondTheNewMaximum() {
        FieldType text = new FieldType.ShortText(0, 50, null);
        FormDefinition v1 = form(1, new RepeatableBlock("enfants", "E", 0, 3, List.of(field("prenom", text)), null));
        FormDefinition v2 = form(2, new RepeatableBlock("enfants", "E", 0, 1, List.of(field("prenom", text)), null));
        Rebase.Result result = rebase("{'enfants':[{'prenom':'Léa'},{'prenom':'Tom'}]}", v1, v2);
        assertThat(json(result)).isEqualTo("{'enfants':[{'prenom':'Léa'}]}");
        assertThat(result.report().dropped())
                .extracting(RebaseReport.Entry::path, RebaseReport.Entry::reason)
                .containsExactly(tuple("enfants[1].prenom", "too-many-occurrences"));
    }

    @Test
    void refusesADraftOfAnotherVersionOrForm() {
        FieldType text = new FieldType.ShortText(0, 50, null);
        FormDefinition v1 = form(1, field("nom", text));
        FormDefinition v2 = form(2, field("nom", text));
        Draft draft = Draft.of(v2, Submission.parse("{}"));
        assertThatThrownBy(() -> Rebase.onto(draft, v1, v2))
                .isInstanceOf(RevisionMismatchException.class)
                .satisfies(e -> {
                    RevisionMismatchException mismatch = (RevisionMismatchException) e;
                    assertThat(mismatch.expected()).isEqualTo("inscription@1");
                    assertThat(mismatch.actual()).isEqualTo("inscription@2");
                });
        FormDefinition other = new FormDefinition("autre", 2, "Autre", v2.pages());
        assertThatThrownBy(() -> Rebase.onto(Draft.of(v1, Submission.parse("{}")), v1, other))
                .isInstanceOf(RevisionMismatchException.class)
                .hasMessageContaining("autre@2");
        assertThatThrownBy(() -> new Draft("inscription", 0, Submission.parse("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAnAnswerWhoseTypeOnlyChangedItsConstraints() {
        FormDefinition v1 = form(1, field("montant", new FieldType.DecimalNumber(null, null, null)));
        FormDefinition v2 =
                form(2, field("montant", new FieldType.DecimalNumber(BigDecimal.ZERO, BigDecimal.TEN, null)));
        Rebase.Result result = rebase("{'montant':12.5}", v1, v2);
        assertThat(json(result)).isEqualTo("{'montant':12.5}");
        assertThat(result.report().kept())
                .extracting(RebaseReport.Entry::reason)
                .containsExactly("constraints-changed");
    }
}
