package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.GeneratedForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormDefinitionSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SCHEMA = read(FormDefinitionJson.schema());
    private static final SchemaCheck CHECK = new SchemaCheck(SCHEMA);

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String conservatoire() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                FormDefinitionSchemaTest.class.getResourceAsStream("/forms/inscription-conservatoire.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSchemaIsADraft202012SchemaPublishedAsAResource() throws IOException {
        assertThat(SCHEMA.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SchemaCheck.unsupported(SCHEMA)).isEmpty();
        try (InputStream in =
                FormDefinitionJson.class.getResourceAsStream("/fr/eadmin/forms/form-definition.schema.json")) {
            assertThat(in).isNotNull();
        }
    }

    @Test
    void theExampleDefinitionValidates() throws IOException {
        assertThat(CHECK.errors(read(conservatoire()))).isEmpty();
    }

    @Provide
    Arbitrary<FormDefinition> definitions() {
        return GeneratedForms.specs().map(specs -> GeneratedForms.definition(1, specs));
    }

    @Property(tries = 200)
    void everyWrittenDefinitionValidates(@ForAll("definitions") FormDefinition definition) {
        assertThat(CHECK.errors(FormDefinitionJson.toTree(definition))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "misspelt property | \"label\": \"Nom\" | \"labl\": \"Nom\"",
                "misspelt kind | \"kind\": \"email\" | \"kind\": \"e-mail\"",
                "misspelt operator | \"op\": \"starts-with\" | \"op\": \"startswith\"",
                "misspelt node | \"node\": \"block\" | \"node\": \"bloc\"",
                "wrong value type | \"required\": true | \"required\": \"oui\"",
            })
    void typosAreCaught(String name, String good, String typo) throws IOException {
        String json = conservatoire();
        assertThat(json).contains(good);
        assertThat(CHECK.errors(read(json.replaceFirst(java.util.regex.Pattern.quote(good), typo))))
                .isNotEmpty();
    }
}
