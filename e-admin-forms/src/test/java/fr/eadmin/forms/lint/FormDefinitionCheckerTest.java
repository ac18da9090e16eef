package fr.eadmin.forms.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.eadmin.forms.json.FormDefinitionJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormDefinitionCheckerTest {
    private static final String CHOICE = "{'node':'field','id':'tarif','label':'Tarif','required':true,"
            + "'type':{'kind':'single-choice','options':[{'value':'plein','label':'Plein'},"
            + "{'value':'reduit','label':'Réduit'}]}}";
    private static final String AGE =
            "{'node':'field','id':'age','label':'Âge','type':{'kind':'integer','min':0,'max':120}}";

    /** A form whose first page has a choice and an integer, and whose second page holds the nodes. */
    private static String form(String nodes) {
        return form(nodes, "");
    }

    private static String form(String nodes, String secondPageExtra) {
        return ("{'id':'f','title':'F','pages':[{'id':'p0','title':'P','nodes':[" + CHOICE + "," + AGE + "]},"
                        + "{'id':'p1','title':'Q','nodes':[" + nodes + "]" + secondPageExtra + "}]}")
                .replace('\'', '"');
    }

    private static String field(String id, String extra) {
        return "{'node':'field','id':'" + id + "','label':'X','type':{'kind':'short-text'}" + extra + "}";
    }

    private static String conservatoire() throws IOException {
        try (InputStream in =
                FormDefinitionCheckerTest.class.getResourceAsStream("/forms/inscription-conservatoire.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGoodDefinitionIsClean() throws IOException {
        LintReport report = FormDefinitionChecker.checkJson(conservatoire());
        assertThat(report.findings()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.isReadable()).isTrue();
    }

    @Test
    void theSameDefinitionInYamlIsClean() throws IOException {
        String yaml = FormDefinitionJson.writeYaml(FormDefinitionJson.read(conservatoire()));
        assertThat(FormDefinitionChecker.checkYaml(yaml).findings()).isEmpty();
    }

    @Test
    void reportsEveryDuplicateIdAndUnknownReferenceAtOnce() {
        LintReport report = FormDefinitionChecker.checkJson(form(field("a", "") + "," + field("a", "") + ","
                + field("b", ",'visibleIf':{'op':'eq','field':'nowhere','value':'x'}") + "," + field("tarif", "")));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path, Finding::severity)
                .containsExactly(
                        tuple("duplicate-id", "/pages/1/nodes/1/id", Severity.ERROR),
                        tuple("unknown-reference", "/pages/1/nodes/2/visibleIf/field", Severity.ERROR),
                        tuple("duplicate-id", "/pages/1/nodes/3/id", Severity.ERROR));
        assertThat(report.findings().get(1).message()).contains("'nowhere'");
    }

    @Test
    void findsCyclesBetweenConditions() {
        LintReport report =
                FormDefinitionChecker.checkJson(form(field("a", ",'visibleIf':{'op':'not-empty','field':'b'}") + ","
                        + field("b", ",'visibleIf':{'op':'not-empty','field':'a'}")));
        assertThat(report.findings()).extracting(Finding::code).containsExactly("forward-reference", "cycle");
        assertThat(report.findings().get(1).message()).contains("a -> b -> a");
        assertThat(report.findings().get(1).path()).isEqualTo("/pages/1/nodes/0");
    }

    @Test
    void findsCyclesBetweenComputedValues() {
        String json = form("{'node':'field','id':'x','label':'X','type':{'kind':'computed','sumOf':['y']}},"
                + "{'node':'field','id':'y','label':'Y','type':{'kind':'computed','sumOf':['x']}}");
        assertThat(FormDefinitionChecker.checkJson(json).findings())
                .extracting(Finding::code)
                .contains("cycle");
    }

    @Test
    void aReferenceToALaterFieldWithoutCycleIsAForwardReference() {
        LintReport report = FormDefinitionChecker.checkJson(
                form(field("a", ",'visibleIf':{'op':'not-empty','field':'b'}") + "," + field("b", "")));
        assertThat(report.findings()).extracting(Finding::code).containsExactly("forward-reference");
    }

    @Test
    void findsComparisonsOfIncompatibleTypes() {
        LintReport report = FormDefinitionChecker.checkJson(
                form(field("a", ",'visibleIf':{'op':'eq','field':'age','value':'douze'}") + ","
                        + field("b", ",'visibleIf':{'op':'gt','field':'tarif','value':3}")));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("incompatible-comparison", "/pages/1/nodes/0/visibleIf/value"),
                        tuple("incompatible-comparison", "/pages/1/nodes/1/visibleIf/value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "invalid regex | {'node':'field','id':'a','label':'A','type':{'kind':'short-text','pattern':'(a'}} | invalid-regex | /pages/1/nodes/0/type",
                "backreference (not linear) | {'node':'field','id':'a','label':'A','type':{'kind':'short-text','pattern':'(a)\\\\1'}} | invalid-regex | /pages/1/nodes/0/type",
                "invalid regex in condition | {'node':'field','id':'a','label':'A','type':{'kind':'yes-no'},'visibleIf':{'op':'matches','field':'tarif','pattern':'[z-a]'}} | invalid-regex | /pages/1/nodes/0/visibleIf/pattern",
                "choice without options | {'node':'field','id':'a','label':'A','type':{'kind':'single-choice','options':[]}} | choice-without-options | /pages/1/nodes/0/type",
                "duplicate option | {'node':'field','id':'a','label':'A','type':{'kind':'multiple-choice','options':[{'value':'x','label':'X'},{'value':'x','label':'Y'}]}} | duplicate-option | /pages/1/nodes/0/type",
                "typo in a property | {'node':'field','id':'a','labl':'A','type':{'kind':'yes-no'}} | missing-property | /pages/1/nodes/0/label",
                "unknown property | {'node':'field','id':'a','label':'A','requird':true,'type':{'kind':'yes-no'}} | unknown-property | /pages/1/nodes/0/requird",
                "unknown kind | {'node':'field','id':'a','label':'A','type':{'kind':'colour'}} | invalid-definition | /pages/1/nodes/0/type/kind",
            })
    void aDefinitionThatCannotBeReadIsOneError(String name, String node, String code, String path) {
        LintReport report = FormDefinitionChecker.checkJson(form(node));
        assertThat(report.findings()).extracting(Finding::code, Finding::path).containsExactly(tuple(code, path));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.isReadable()).isTrue();
    }

    @Test
    void malformedDocumentsAreNotReadable() {
        for (String text : new String[] {"{", "", "[1,2]x", "{\"id\": \"f\", \"id\": \"g\"}"}) {
            LintReport report = FormDefinitionChecker.checkJson(text);
            assertThat(report.isReadable()).as(text).isFalse();
            assertThat(report.findings()).as(text).singleElement().satisfies(f -> assertThat(f.code())
                    .isEqualTo(LintReport.MALFORMED));
        }
        assertThat(FormDefinitionChecker.checkYaml("id: [unclosed").isReadable())
                .isFalse();
    }

    @Test
    void aRequiredFieldThatCanNeverBeShownIsAnError() {
        String never = "{'node':'field','id':'a','label':'A','required':true,'type':{'kind':'yes-no'},"
                + "'visibleIf':{'op':'eq','field':'tarif','value':'gratuit'}}";
        LintReport report = FormDefinitionChecker.checkJson(form(never));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path, Finding::severity)
                .containsExactly(
                        tuple("unknown-option", "/pages/1/nodes/0/visibleIf", Severity.WARNING),
                        tuple("never-shown", "/pages/1/nodes/0/visibleIf", Severity.WARNING),
                        tuple("required-never-shown", "/pages/1/nodes/0", Severity.ERROR));
    }

    @Test
    void fieldsInsideASectionThatIsNeverShownAreNeverShown() {
        String section = "{'node':'section','id':'s','title':'S','visibleIf':{'op':'in','field':'tarif','values':"
                + "['gratuit','social']},'nodes':[{'node':'field','id':'a','label':'A','required':true,"
                + "'type':{'kind':'yes-no'}}]}";
        assertThat(FormDefinitionChecker.checkJson(form(section)).findings())
                .extracting(Finding::code)
                .containsExactly("unknown-option", "unknown-option", "never-shown", "required-never-shown");
    }

    @Test
    void numbersComparedOutsideTheirBoundsAreFolded() {
        LintReport report = FormDefinitionChecker.checkJson(
                form(field("a", ",'visibleIf':{'op':'gt','field':'age','value':150}") + ","
                        + field("b", ",'visibleIf':{'op':'ne','field':'age','value':2.5}") + ","
                        + field("c", ",'visibleIf':{'op':'ge','field':'age','value':18}")));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("impossible-value", "/pages/1/nodes/0/visibleIf/value"),
                        tuple("never-shown", "/pages/1/nodes/0/visibleIf"),
                        tuple("impossible-value", "/pages/1/nodes/1/visibleIf/value"),
                        tuple("condition-always-true", "/pages/1/nodes/1/visibleIf"));
    }

    @Test
    void identifiersComparedWithANonCanonicalTextAreFolded() {
        String json = form("{'node':'field','id':'siret','label':'SIRET','type':{'kind':'siret'}},"
                + field("a", ",'visibleIf':{'op':'eq','field':'siret','value':'732 829 320 00074'}") + ","
                + field("b", ",'visibleIf':{'op':'eq','field':'siret','value':'73282932000074'}"));
        assertThat(FormDefinitionChecker.checkJson(json).findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("impossible-value", "/pages/1/nodes/1/visibleIf/value"),
                        tuple("never-shown", "/pages/1/nodes/1/visibleIf"));
    }

    @Test
    void anExitRuleThatAlwaysHoldsMakesTheNextPagesUnreachable() {
        String json = ("{'id':'f','title':'F','pages':["
                        + "{'id':'p0','title':'P','nodes':[" + AGE + "],'exitRules':[{'id':'tous','message':'Non.',"
                        + "'when':{'op':'or','conditions':[{'op':'le','field':'age','value':120},"
                        + "{'op':'not','condition':{'op':'le','field':'age','value':-1}}]}}]},"
                        + "{'id':'p1','title':'Q','nodes':[" + field("a", "") + "]}]}")
                .replace('\'', '"');
        LintReport report = FormDefinitionChecker.checkJson(json);
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("impossible-value", "/pages/0/exitRules/0/when/conditions/1/condition/value"),
                        tuple("exit-rule-always-true", "/pages/0/exitRules/0/when"),
                        tuple("unreachable-page", "/pages/1"));
    }

    @Test
    void exitRulesThatNeverApplyAndPagesNeverShownAreReported() {
        String json = form(
                field("a", ""),
                ",'visibleIf':{'op':'and','conditions':[{'op':'eq','field':'tarif','value':'plein'},"
                        + "{'op':'contains','field':'tarif','value':'x'},{'op':'lt','field':'age','value':0}]},"
                        + "'exitRules':[{'id':'r','message':'Non.','when':{'op':'eq','field':'age','value':-3}}]");
        assertThat(FormDefinitionChecker.checkJson(json).findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("impossible-value", "/pages/1/visibleIf/conditions/2/value"),
                        tuple("never-shown", "/pages/1/visibleIf"),
                        tuple("unreachable-page", "/pages/1"),
                        tuple("impossible-value", "/pages/1/exitRules/0/when/value"),
                        tuple("exit-rule-never-applies", "/pages/1/exitRules/0/when"));
    }

    @Test
    void countsOutsideTheBoundsOfABlockAreFolded() {
        String block = "{'node':'block','id':'enfants','label':'Enfants','minOccurrences':1,'maxOccurrences':3,"
                + "'fields':[" + field("prenom", "") + "]}";
        String json =
                form(block + "," + field("a", ",'visibleIf':{'op':'count','block':'enfants','compare':'gt','value':3}")
                        + "," + field("b", ",'visibleIf':{'op':'count','block':'enfants','compare':'ge','value':1}")
                        + "," + field("c", ",'visibleIf':{'op':'count','block':'enfants','compare':'ge','value':2}"));
        assertThat(FormDefinitionChecker.checkJson(json).findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("never-shown", "/pages/1/nodes/1/visibleIf"),
                        tuple("condition-always-true", "/pages/1/nodes/2/visibleIf"));
    }

    @Test
    void anEmptyPageIsAWarning() {
        LintReport report = FormDefinitionChecker.checkJson(form(""));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("empty-page", Severity.WARNING));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.warnings()).hasSize(1);
        assertThat(report.errors()).isEmpty();
        assertThat(report.findings().get(0).toLine()).isEqualTo("warning /pages/1 empty-page: page 'p1' has no node");
    }

    @Test
    void checksFilesByTheirExtension(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"), conservatoire());
        Path yaml = Files.writeString(
                dir.resolve("a.YML"), FormDefinitionJson.writeYaml(FormDefinitionJson.read(conservatoire())));
        assertThat(FormDefinitionChecker.checkFile(json).isClean()).isTrue();
        assertThat(FormDefinitionChecker.checkFile(yaml).isClean()).isTrue();
        assertThat(FormDefinitionChecker.isYaml(yaml)).isTrue();
    }
}
