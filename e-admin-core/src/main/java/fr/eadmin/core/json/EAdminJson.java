package fr.eadmin.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper e-admin uses to store aggregates (usagers, dossiers) as JSON text, and that a portal can
 * use for its API.
 *
 * {@snippet :
 * ObjectMapper mapper = EAdminJson.newObjectMapper();
 * String json = mapper.writeValueAsString(dossier);
 * DossierUsager back = mapper.readValue(json, DossierUsager.class);
 * }
 */
public final class EAdminJson {
    private EAdminJson() {}

    /**
     * A new mapper with the {@link EAdminModule}, dates as ISO-8601 strings, null values left out, and strict
     * reading: an unknown property, a null for a primitive, or text after the document is an error.
     *
     * <p>Each call returns a new mapper, which the caller may configure further; a mapper is thread-safe once
     * configured, so keep one per application.
     *
     * @return a new mapper
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new EAdminModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();
    }
}
