package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.forms.Condition;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormDefinitionJsonTest {
    private static final String FIELD_A = "{'node':'field','id':'a','label':'A','type':{'kind':'short-text'}}";

    private static String form(String nodes) {
        return ("{'id':'f','title':'F','pages':[{'id':'p0','title':'P','nodes':[" + FIELD_A + "]},"
                        + "{'id':'p1','title':'Q','nodes':[" + nodes + "]}]}")
                .replace('\'', '"');
    }

    private static InvalidFormDefinitionException refused(String json) {
        try {
            FormDefinitionJson.read(json);
        } catch (InvalidFormDefinitionException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsADefinition() {
        FormDefinition form = FormDefinitionJson.read(
                form("{'node':'field','id':'b','label':'B','required':true,'type':{'kind':'date','max':'today-P18Y'},"
                        + "'visibleIf':{'op':'eq','field':'a','value':'x'}}"));

        assertThat(form.version()).isEqualTo(1);
        Field b = (Field) form.pages().get(1).nodes().get(0);
        assertThat(b.required()).isTrue();
        assertThat(b.type()).isEqualTo(new FieldType.DateField(null, DateBound.parse("today-P18Y")));
        assertThat(((FieldType.DateField) b.type()).max())
                .isEqualTo(new DateBound.RelativeToToday(Period.ofYears(-18)));
        assertThat(b.visibleIf()).isEqualTo(Condition.eq("a", "x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown node property | {'node':'field','id':'b','label':'B','colour':'red','type':{'kind':'yes-no'}} | pages[1].nodes[0].colour | unknown property",
                "unknown type property | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no','x':1}} | pages[1].nodes[0].type.x | unknown property",
                "unknown kind | {'node':'field','id':'b','label':'B','type':{'kind':'colour'}} | pages[1].nodes[0].type.kind | unknown field kind",
                "missing type | {'node':'field','id':'b','label':'B'} | pages[1].nodes[0].type | is required",
                "type not an object | {'node':'field','id':'b','label':'B','type':'yes-no'} | pages[1].nodes[0].type | must be an object",
                "wrong value type | {'node':'field','id':'b','label':'B','type':{'kind':'short-text','maxLength':'long'}} | pages[1].nodes[0].type.maxLength | must be a whole number",
                "bad record rule | {'node':'field','id':'b','label':'B','type':{'kind':'short-text','minLength':9,'maxLength':3}} | pages[1].nodes[0].type | text lengths must satisfy 0 <= min <= max, 1 <= max <= 100000",
                "unknown node | {'node':'widget','id':'b'} | pages[1].nodes[0].node | must be field, section or block",
                "bad id | {'node':'field','id':'9b','label':'B','type':{'kind':'yes-no'}} | pages[1].nodes[0] | field id must be a letter then up to 63 letters, digits, _ or -",
                "duplicate id | {'node':'field','id':'a','label':'B','type':{'kind':'yes-no'}} | pages[1].nodes[0].id | duplicate id 'a'",
                "unknown operator | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'eval','field':'a'}} | pages[1].nodes[0].visibleIf.op | unknown operator",
                "unknown field in condition | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'empty','field':'zz'}} | pages[1].nodes[0].visibleIf.field | 'zz' is not a field declared before",
                "forward reference | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'empty','field':'c'}},{'node':'field','id':'c','label':'C','type':{'kind':'yes-no'}} | pages[1].nodes[0].visibleIf.field | 'c' is not a field declared before",
                "number compared with text field | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'lt','field':'a','value':3}} | pages[1].nodes[0].visibleIf.value | a short-text field cannot be compared with this value",
                "bad date bound | {'node':'field','id':'b','label':'B','type':{'kind':'date','min':'yesterday'}} | pages[1].nodes[0].type.min | a date bound is an ISO date, today, today+<ISO period> or today-<ISO period>",
                "bad regular expression | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'matches','field':'a','pattern':'(a'}} | pages[1].nodes[0].visibleIf.pattern | invalid regular expression: missing closing )",
                "bad field pattern | {'node':'field','id':'b','label':'B','type':{'kind':'short-text','pattern':'[a-'}} | pages[1].nodes[0].type | invalid regular expression: missing closing ]",
                "count of a field | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'count','block':'a','compare':'ge','value':1}} | pages[1].nodes[0].visibleIf.block | 'a' is not a block declared before",
                "nested condition | {'node':'field','id':'b','label':'B','type':{'kind':'yes-no'},'visibleIf':{'op':'and','conditions':[{'op':'empty','field':'a'},{'op':'not','condition':{'op':'in','field':'a'}}]}} | pages[1].nodes[0].visibleIf.conditions[1].condition | in needs at least one value",
                "section in block | {'node':'block','id':'k','label':'K','fields':[{'node':'section','id':'s','title':'S'}]} | pages[1].nodes[0].fields[0].node | a block holds fields only",
                "sum of a text | {'node':'field','id':'b','label':'B','type':{'kind':'computed','sumOf':['a']}} | pages[1].nodes[0].type.sumOf | 'a' is not a number field declared before",
            })
    void refusesWithThePath(String what, String nodes, String path, String reason) {
        InvalidFormDefinitionException e = refused(form(nodes.replace('\'', '"')));

        assertThat(e.path()).as(what).isEqualTo(path);
        assertThat(e.reason()).as(what).isEqualTo(reason);
        assertThat(e.getMessage()).isEqualTo(path + ": " + reason);
    }

    @Test
    void refusesMalformedAndHostileDocuments() {
        assertThat(refused("{\"id\": ").reason()).startsWith("malformed JSON");
        assertThat(refused("[]").reason()).isEqualTo("must be an object");
        assertThat(refused("").reason()).isEqualTo("empty document");
        assertThat(refused("{\"id\":\"f\",\"id\":\"g\",\"title\":\"F\",\"pages\":[]}")
                        .reason())
                .contains("Duplicate field 'id'");
        assertThat(refused("{} {}").reason()).startsWith("malformed JSON");
        String deep = "{\"op\":\"not\",\"condition\":".repeat(200) + "{}" + "}".repeat(200);
        assertThat(refused("{\"id\":\"f\",\"title\":\"F\",\"pages\":[{\"id\":\"p\",\"title\":\"P\",\"visibleIf\":"
                                + deep + "}]}")
                        .reason())
                .startsWith("malformed JSON");
    }

    @Test
    void refusesAFormWithoutPages() {
        InvalidFormDefinitionException e = refused("{\"id\":\"f\",\"title\":\"F\",\"pages\":[]}");
        assertThat(e.path()).isEqualTo("pages");
    }

    @Test
    void readsAConditionAlone() {
        assertThat(FormDefinitionJson.readCondition(
                        "{\"op\":\"count\",\"block\":\"enfants\",\"compare\":\"ge\",\"value\":2}"))
                .isEqualTo(new Condition.Count("enfants", Condition.Comparator.GE, 2));
        assertThatThrownBy(() -> FormDefinitionJson.readCondition("{\"op\":\"lt\",\"field\":\"a\",\"value\":true}"))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("value: must be a number or a date");
    }
}
