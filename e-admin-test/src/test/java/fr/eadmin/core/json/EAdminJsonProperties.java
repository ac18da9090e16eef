package fr.eadmin.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.test.arbitraries.UsagerArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EAdminJsonProperties {
    private final ObjectMapper mapper = EAdminJson.newObjectMapper();
    private final ObjectMapper portal =
            JsonMapper.builder().addModule(new EAdminModule()).build();

    @Property
    void readsBackAnyUsager(@ForAll("usagers") Usager usager) throws JsonProcessingException {
        String json = mapper.writeValueAsString(usager);
        assertThat(mapper.readValue(json, Usager.class)).isEqualTo(usager);
        assertThat(mapper.readTree(json).get("type").asText())
                .isEqualTo(usager.kind().name().toLowerCase());
    }

    @Property(tries = 300)
    void readsBackAnyUsagerInAPortalsMapper(@ForAll("usagers") Usager usager) throws JsonProcessingException {
        assertThat(portal.readValue(portal.writeValueAsString(usager), Usager.class))
                .isEqualTo(usager);
    }

    @Property
    void readsBackAnyDossier(@ForAll("dossiers") DossierUsager dossier) throws JsonProcessingException {
        assertThat(mapper.readValue(mapper.writeValueAsString(dossier), DossierUsager.class))
                .isEqualTo(dossier);
    }

    @Property
    void readsBackAnyAdresse(@ForAll("adresses") Adresse adresse) throws JsonProcessingException {
        assertThat(mapper.readValue(mapper.writeValueAsString(adresse), Adresse.class))
                .isEqualTo(adresse);
    }

    @Provide
    Arbitrary<Usager> usagers() {
        return UsagerArbitraries.usagers();
    }

    @Provide
    Arbitrary<DossierUsager> dossiers() {
        return UsagerArbitraries.dossiers();
    }

    @Provide
    Arbitrary<Adresse> adresses() {
        return UsagerArbitraries.adresses();
    }
}
