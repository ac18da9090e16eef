package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.lint.FormDefinitionChecker;
import fr.eadmin.forms.lint.LintReport;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Definitions written to hurt: each gets a clear error or finding, never a stack overflow or a hang. */
class HostileDefinitionTest {
    private static String form(String nodes) {
        return ("{'id':'f','title':'F','pages':[{'id':'p','title':'P','nodes':[" + nodes + "]}]}").replace('\'', '"');
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeReading() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> FormDefinitionJson.read(deep))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("malformed JSON");
        LintReport report = FormDefinitionChecker.checkJson(deep);
        assertThat(report.isReadable()).isFalse();
    }

    @Test
    void deeplyNestedConditionsAreRefused() {
        String condition = "{'op':'not','condition':".repeat(200) + "{'op':'empty','field':'a'}" + "}".repeat(200);
        String json = form("{'node':'field','id':'a','label':'A','type':{'kind':'yes-no'}},"
                + "{'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':" + condition + "}");
        assertThatThrownBy(() -> FormDefinitionJson.read(json)).isInstanceOf(InvalidFormDefinitionException.class);
        assertThat(FormDefinitionChecker.checkJson(json).findings())
                .singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(LintReport.MALFORMED));
    }

    @Test
    void aHugeDocumentIsRefused() {
        String huge =
                form("{'node':'field','id':'a','label':'" + "x".repeat(11_000_000) + "','type':{'kind':'yes-no'}}");
        assertThatThrownBy(() -> FormDefinitionJson.read(huge))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void patternsThatBacktrackElsewhereRunInLinearTime() {
        FormDefinition definition = FormDefinitionJson.read(
                form("{'node':'field','id':'a','label':'A','type':{'kind':'short-text','maxLength':100000,"
                        + "'pattern':'(a+)+$'}},{'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},"
                        + "'visibleIf':{'op':'matches','field':'a','pattern':'(a|aa)*c'}}"));
        FormValidator validator = FormValidator.compile(definition, Clock.systemUTC());
        String attack = "a".repeat(50_000) + "!";
        var report = validator.validate(Submission.parse("{\"a\": \"" + attack + "\"}"));
        assertThat(report.errorAt("a"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("invalid-format"));
    }

    @Test
    void patternsRe2CannotRunInLinearTimeAreRefusedWithTheirPath() {
        for (String pattern : new String[] {
            "(a)\\\\1", "(?=a)", "(?<!a)b", "a{1001}", "((a{1000}){1000}){1000}", "(a{20}){51}", "x".repeat(3000)
        }) {
            String json = form(
                    "{'node':'field','id':'a','label':'A','type':{'kind':'short-text','pattern':'" + pattern + "'}}");
            assertThatThrownBy(() -> FormDefinitionJson.read(json))
                    .as(pattern)
                    .isInstanceOf(InvalidFormDefinitionException.class)
                    .satisfies(e -> assertThat(((InvalidFormDefinitionException) e).path())
                            .isEqualTo("pages[0].nodes[0].type"));
            assertThat(FormDefinitionChecker.checkJson(json).findings())
                    .as(pattern)
                    .extracting(f -> f.code())
                    .containsExactly("invalid-regex");
        }
    }

    @Test
    void yamlAliasesAreRefusedSoNoBillionLaughs() {
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\nid: f\n";
        assertThatThrownBy(() -> FormDefinitionJson.readYaml(laughs))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("form definition: malformed YAML: aliases (*a) are not accepted");
        assertThat(FormDefinitionChecker.checkYaml(laughs).isReadable()).isFalse();
    }

    @Test
    void yamlDuplicateKeysAndDeepNestingAreRefused() {
        assertThatThrownBy(() -> FormDefinitionJson.readYaml("id: f\nid: g\n"))
                .isInstanceOf(InvalidFormDefinitionException.class);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> FormDefinitionJson.readYaml(deep))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void manyFieldsLintWithoutRecursionTrouble() {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            if (i > 0) {
                nodes.append(',');
            }
            nodes.append("{'node':'field','id':'f").append(i).append("','label':'F','type':{'kind':'yes-no'}");
            if (i > 0) {
                nodes.append(",'visibleIf':{'op':'not-empty','field':'f")
                        .append(i + 1)
                        .append("'}");
            }
            nodes.append('}');
        }
        LintReport report = FormDefinitionChecker.checkJson(form(nodes.toString()));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings()).extracting(f -> f.code()).doesNotContain("cycle");
    }
}
