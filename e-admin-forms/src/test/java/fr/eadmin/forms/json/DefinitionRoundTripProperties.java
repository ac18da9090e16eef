package fr.eadmin.forms.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.GeneratedForms;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DefinitionRoundTripProperties {
    @Provide
    Arbitrary<FormDefinition> definitions() {
        return GeneratedForms.specs().map(specs -> GeneratedForms.definition(1, specs));
    }

    @Property(tries = 300)
    void writtenJsonReadsBackToTheSameDefinition(@ForAll("definitions") FormDefinition definition) {
        String json = FormDefinitionJson.write(definition);
        assertThat(FormDefinitionJson.read(json)).isEqualTo(definition);
        assertThat(FormDefinitionJson.write(FormDefinitionJson.read(json))).isEqualTo(json);
    }

    @Property(tries = 300)
    void writtenYamlReadsBackToTheSameDefinition(@ForAll("definitions") FormDefinition definition) {
        assertThat(FormDefinitionJson.readYaml(FormDefinitionJson.writeYaml(definition)))
                .isEqualTo(definition);
    }
}
