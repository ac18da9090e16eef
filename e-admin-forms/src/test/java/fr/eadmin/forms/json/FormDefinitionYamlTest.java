package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.forms.Condition;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class FormDefinitionYamlTest {
    private static final String YAML = """
            id: inscription
            version: 2
            title: Inscription
            pages:
              - id: eleve
                title: Élève
                nodes:
                  - node: field
                    id: nom
                    label: Nom
                    required: true
                    type: {kind: short-text, maxLength: 100}
                  - node: field
                    id: tarif
                    label: Tarif
                    type: {kind: decimal, step: 0.50}
                  - node: field
                    id: reponse
                    label: "Réponse"
                    type: {kind: short-text}
                    visibleIf: {op: eq, field: nom, value: "yes"}
            """;

    @Test
    void readsYamlLikeJson() {
        FormDefinition definition = FormDefinitionJson.readYaml(YAML);
        assertThat(definition.version()).isEqualTo(2);
        Field nom = (Field) definition.pages().get(0).nodes().get(0);
        assertThat(nom.required()).isTrue();
        assertThat(nom.type()).isEqualTo(new FieldType.ShortText(0, 100, null));
        Field tarif = (Field) definition.pages().get(0).nodes().get(1);
        assertThat(((FieldType.DecimalNumber) tarif.type()).step()).isEqualByComparingTo(new BigDecimal("0.5"));
        Field reponse = (Field) definition.pages().get(0).nodes().get(2);
        assertThat(reponse.visibleIf()).isEqualTo(Condition.eq("nom", "yes"));
        assertThat(FormDefinitionJson.readYaml(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(definition);
    }

    @Test
    void writesYamlAndJsonThatReadBack() throws IOException {
        FormDefinition definition;
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/forms/inscription-conservatoire.json"))) {
            definition = FormDefinitionJson.read(in);
        }
        String yaml = FormDefinitionJson.writeYaml(definition);
        assertThat(yaml).startsWith("id: \"inscription-conservatoire\"").doesNotContain("---");
        assertThat(FormDefinitionJson.readYaml(yaml)).isEqualTo(definition);
        assertThat(FormDefinitionJson.read(FormDefinitionJson.write(definition)))
                .isEqualTo(definition);
    }

    @Test
    void yamlErrorsNameTheirPath() {
        assertThatThrownBy(() -> FormDefinitionJson.readYaml(YAML.replace("maxLength", "maxLenght")))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("pages[0].nodes[0].type.maxLenght: unknown property");
        assertThatThrownBy(() -> FormDefinitionJson.readYaml(""))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("empty document");
        assertThatThrownBy(() -> FormDefinitionJson.readYaml("id: [unclosed"))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("malformed YAML");
    }
}
