package fr.eadmin.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.json.FormDefinitionJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    private static final String FIELDS = """
            {"node": "field", "id": "texte", "label": "Texte", "type": {"kind": "short-text", "maxLength": 100}},
            {"node": "field", "id": "nombre", "label": "Nombre", "type": {"kind": "decimal"}},
            {"node": "field", "id": "date", "label": "Date", "type": {"kind": "date"}},
            {"node": "field", "id": "oui", "label": "Oui", "type": {"kind": "yes-no"}},
            {"node": "field", "id": "choix", "label": "Choix", "type": {"kind": "multiple-choice",
              "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"}]}},
            {"node": "block", "id": "enfants", "label": "Enfants", "maxOccurrences": 5,
             "fields": [{"node": "field", "id": "prenom", "label": "Prénom", "type": {"kind": "short-text"}}]},
            """;

    /** Whether a required field shown under the condition is shown for these answers. */
    private static boolean shown(String condition, String answers) {
        String definition = """
                {"id": "f", "title": "F", "pages": [{"id": "p", "title": "P", "nodes": [%s
                  {"node": "field", "id": "cible", "label": "Cible", "required": true,
                   "type": {"kind": "short-text"}, "visibleIf": %s}]}]}
                """.formatted(FIELDS, condition);
        FormValidator validator = FormValidator.compile(FormDefinitionJson.read(definition), CLOCK);
        ValidationReport report = validator.validate(Submission.parse(answers));
        assertThat(report.errors())
                .allMatch(e -> e.path().equals("cible") || e.code().equals("wrong-type"));
        return report.errorAt("cible").isPresent();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{'op':'eq','field':'texte','value':'quotient'} | {'texte':'quotient'} | true",
                "{'op':'eq','field':'texte','value':'quotient'} | {'texte':'plein'} | false",
                "{'op':'eq','field':'texte','value':'quotient'} | {} | false",
                "{'op':'ne','field':'texte','value':'quotient'} | {'texte':'plein'} | true",
                "{'op':'ne','field':'texte','value':'quotient'} | {} | true",
                "{'op':'ne','field':'texte','value':'quotient'} | {'texte':'quotient'} | false",
                "{'op':'eq','field':'nombre','value':2} | {'nombre':2.0} | true",
                "{'op':'lt','field':'nombre','value':2} | {'nombre':1.5} | true",
                "{'op':'lt','field':'nombre','value':2} | {'nombre':2} | false",
                "{'op':'le','field':'nombre','value':2} | {'nombre':2} | true",
                "{'op':'gt','field':'nombre','value':2} | {'nombre':2.5} | true",
                "{'op':'gt','field':'nombre','value':2} | {} | false",
                "{'op':'ge','field':'nombre','value':2} | {'nombre':1} | false",
                "{'op':'lt','field':'date','value':'today-P18Y'} | {'date':'2008-06-14'} | true",
                "{'op':'lt','field':'date','value':'today-P18Y'} | {'date':'2008-06-15'} | false",
                "{'op':'ge','field':'date','value':'2026-01-01'} | {'date':'2026-01-01'} | true",
                "{'op':'gt','field':'date','value':'today'} | {'date':'2026-06-16'} | true",
                "{'op':'eq','field':'oui','value':true} | {'oui':true} | true",
                "{'op':'eq','field':'oui','value':true} | {'oui':false} | false",
                "{'op':'contains','field':'choix','value':'b'} | {'choix':['a','b']} | true",
                "{'op':'contains','field':'choix','value':'c'} | {'choix':['a','b']} | false",
                "{'op':'contains','field':'texte','value':'ti'} | {'texte':'quotient'} | true",
                "{'op':'in','field':'texte','values':['a','b']} | {'texte':'b'} | true",
                "{'op':'in','field':'texte','values':['a','b']} | {'texte':'c'} | false",
                "{'op':'not-in','field':'texte','values':['a','b']} | {'texte':'c'} | true",
                "{'op':'not-in','field':'texte','values':['a','b']} | {} | true",
                "{'op':'not-in','field':'texte','values':['a','b']} | {'texte':'a'} | false",
                "{'op':'empty','field':'texte'} | {'texte':'  '} | true",
                "{'op':'empty','field':'choix'} | {'choix':[]} | true",
                "{'op':'empty','field':'texte'} | {'texte':'x'} | false",
                "{'op':'not-empty','field':'texte'} | {'texte':'x'} | true",
                "{'op':'starts-with','field':'texte','value':'78'} | {'texte':'78310'} | true",
                "{'op':'starts-with','field':'texte','value':'78'} | {'texte':'75001'} | false",
                "{'op':'matches','field':'texte','pattern':'[0-9]{5}'} | {'texte':'78310'} | true",
                "{'op':'matches','field':'texte','pattern':'[0-9]{5}'} | {'texte':'78310x'} | false",
                "{'op':'count','block':'enfants','compare':'ge','value':2} | {'enfants':[{},{}]} | true",
                "{'op':'count','block':'enfants','compare':'ge','value':2} | {'enfants':[{}]} | false",
                "{'op':'count','block':'enfants','compare':'eq','value':0} | {} | true",
                "{'op':'and','conditions':[{'op':'eq','field':'texte','value':'a'},{'op':'gt','field':'nombre','value':1}]} | {'texte':'a','nombre':2} | true",
                "{'op':'and','conditions':[{'op':'eq','field':'texte','value':'a'},{'op':'gt','field':'nombre','value':1}]} | {'texte':'a','nombre':0} | false",
                "{'op':'or','conditions':[{'op':'eq','field':'texte','value':'a'},{'op':'gt','field':'nombre','value':1}]} | {'texte':'b','nombre':2} | true",
                "{'op':'or','conditions':[{'op':'eq','field':'texte','value':'a'},{'op':'gt','field':'nombre','value':1}]} | {} | false",
                "{'op':'not','condition':{'op':'eq','field':'texte','value':'a'}} | {'texte':'a'} | false",
                "{'op':'not','condition':{'op':'eq','field':'texte','value':'a'}} | {'texte':'b'} | true",
            })
    void evaluatesEveryOperator(String condition, String answers, boolean expected) {
        assertThat(shown(condition.replace('\'', '"'), answers.replace('\'', '"')))
                .isEqualTo(expected);
    }

    @Test
    void anInvalidAnswerCountsAsEmptyForConditions() {
        assertThat(shown("{\"op\":\"gt\",\"field\":\"nombre\",\"value\":1}", "{\"nombre\":\"beaucoup\"}"))
                .isFalse();
    }

    @Test
    void aReDoSPatternOnALongTextFinishesWithTheRightResult() {
        String text = "a".repeat(50_000) + "!";
        assertThat(shown(
                        "{\"op\":\"matches\",\"field\":\"texte\",\"pattern\":\"(a+)+$\"}",
                        "{\"texte\":\"" + text.substring(0, 99) + "!\"}"))
                .isFalse();
        String definition = """
                {"id": "f", "title": "F", "pages": [{"id": "p", "title": "P", "nodes": [
                  {"node": "field", "id": "texte", "label": "Texte",
                   "type": {"kind": "long-text", "maxLength": 100000}},
                  {"node": "field", "id": "cible", "label": "Cible", "required": true, "type": {"kind": "short-text"},
                   "visibleIf": {"op": "matches", "field": "texte", "pattern": "(a+)+$"}}]}]}
                """;
        FormValidator validator = FormValidator.compile(FormDefinitionJson.read(definition), CLOCK);

        ValidationReport report = validator.validate(Submission.parse("{\"texte\": \"" + text + "\"}"));

        assertThat(report.errors()).isEmpty();
        ValidationReport matching = validator.validate(Submission.parse("{\"texte\": \"" + "a".repeat(50_000) + "\"}"));
        assertThat(matching.errors()).extracting(ValidationError::code).containsExactly("required");
    }

    @Test
    void aReDoSPatternOfAFieldFinishesWithTheRightResult() {
        String definition = """
                {"id": "f", "title": "F", "pages": [{"id": "p", "title": "P", "nodes": [
                  {"node": "field", "id": "texte", "label": "Texte",
                   "type": {"kind": "short-text", "maxLength": 100000, "pattern": "(a+)+$"}}]}]}
                """;
        FormValidator validator = FormValidator.compile(FormDefinitionJson.read(definition), CLOCK);

        ValidationReport report = validator.validate(Submission.parse("{\"texte\": \"" + "a".repeat(50_000) + "!\"}"));

        assertThat(report.errors()).extracting(ValidationError::code).containsExactly("invalid-format");
    }

    @Test
    void fieldsInsideAnOccurrenceSeeTheirOwnOccurrenceFirst() {
        String definition = """
                {"id": "f", "title": "F", "pages": [{"id": "p", "title": "P", "nodes": [
                  {"node": "block", "id": "enfants", "label": "Enfants", "maxOccurrences": 3, "fields": [
                    {"node": "field", "id": "scolarise", "label": "Scolarisé", "type": {"kind": "yes-no"}},
                    {"node": "field", "id": "ecole", "label": "École", "required": true, "type": {"kind": "short-text"},
                     "visibleIf": {"op": "eq", "field": "scolarise", "value": true}}]}]}]}
                """;
        FormValidator validator = FormValidator.compile(FormDefinitionJson.read(definition), CLOCK);

        ValidationReport report = validator.validate(
                Submission.parse(
                        "{\"enfants\": [{\"scolarise\": false}, {\"scolarise\": true}, {\"scolarise\": true, \"ecole\": \"Jaurès\"}]}"));

        assertThat(report.errors()).extracting(ValidationError::path).containsExactly("enfants[1].ecole");
    }
}
