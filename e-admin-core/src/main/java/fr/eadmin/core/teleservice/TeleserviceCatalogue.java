package fr.eadmin.core.teleservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The téléservices a portal offers, by code. Built in code with {@link #of(Collection)} or loaded from JSON
 * with {@link #fromJson(String)}. Immutable and thread-safe.
 *
 * <h2>JSON format</h2>
 *
 * {@snippet lang = "json" :
 * {
 *   "organisations": [
 *     {
 *       "code": "mairie-maurepas", "name": "Mairie de Maurepas", "kind": "TOWN",
 *       "contact": {
 *         "designation": "Service état civil",
 *         "postalAddress": { "numero": 2, "voie": "Place d'Haversham", "codePostal": "78310",
 *                            "commune": "Maurepas", "pays": "FR", "cedex": false },
 *         "email": "etat-civil@example.fr",
 *         "telephone": "01 30 66 44 00"
 *       }
 *     }
 *   ],
 *   "teleservices": [
 *     {
 *       "code": "acte-naissance",
 *       "title": "Demande d'acte de naissance",
 *       "organisation": "mairie-maurepas",
 *       "form": { "id": "acte-naissance", "version": 1 },
 *       "pieces": [
 *         { "type": "PIECE_IDENTITE" },
 *         { "type": "EXTRAIT_KBIS", "forKinds": ["ENTREPRISE"] },
 *         { "type": "LIVRET_DE_FAMILLE", "whenAnswer": { "field": "lien", "value": "parent" } }
 *       ],
 *       "feeCents": 0,
 *       "delay": "6 jours ouvrés",
 *       "silenceRule": "NONE",
 *       "channels": ["INTERNET", "GUICHET", "COURRIER"],
 *       "calendar": { "departement": "78", "closures": { "2026-05-15": "Pont de l'Ascension" } }
 *     }
 *   ]
 * }
 * }
 *
 * <ul>
 *   <li>{@code organisations}: each with a {@code code}, {@code name}, {@code kind} ({@code TOWN} or
 *       {@code PARTNER}) and the {@code contact} of the service in charge: {@code designation}, {@code
 *       postalAddress} (an address in the JSON of {@link fr.eadmin.core.json.EAdminJson}), {@code email},
 *       {@code telephone}. A téléservice names its organisation by code, or gives it inline as an object.
 *   <li>{@code pieces}: {@code type} is the code of a {@linkplain fr.eadmin.core.dossier.PieceType#wellKnown
 *       well-known} type, or a pièce type object ({@code code}, {@code libelle}, {@code validity}); at most one
 *       condition: {@code forKinds} (kinds of usager: {@code INDIVIDU}, {@code FOYER}, {@code ENTREPRISE},
 *       {@code ASSOCIATION}) or {@code whenAnswer} (a field of the form and its value); none means always.
 *   <li>{@code feeCents}: optional, 0 by default; {@code delay}: as read by {@link
 *       fr.eadmin.core.calendar.Delay#parse(String)} ("2 mois", "6 jours ouvrés"); {@code silenceRule}:
 *       {@code ACCEPTATION}, {@code REJET} or {@code NONE}; {@code channels}: at least one {@link
 *       fr.eadmin.core.Channel}; {@code calendar}: a department code and optional closure days.
 * </ul>
 *
 * <p>Unknown fields are errors (a misspelt optional field would otherwise be silently ignored). Every error
 * is an {@link InvalidTeleserviceException} naming the téléservice and the field, such as {@code
 * "téléservice acte-naissance, teleservices[0].delay: is missing"}.
 */
public final class TeleserviceCatalogue {
    private final Map<String, Teleservice> byCode;

    private TeleserviceCatalogue(Map<String, Teleservice> byCode) {
        this.byCode = byCode;
    }

    /**
     * A catalogue of these téléservices.
     *
     * @param teleservices the téléservices, in the order to list them
     * @return the catalogue
     * @throws InvalidTeleserviceException if two have the same code
     */
    public static TeleserviceCatalogue of(Collection<Teleservice> teleservices) {
        Objects.requireNonNull(teleservices, "teleservices");
        Map<String, Teleservice> map = new LinkedHashMap<>();
        for (Teleservice teleservice : teleservices) {
            Objects.requireNonNull(teleservice, "teleservice");
            if (map.putIfAbsent(teleservice.code(), teleservice) != null) {
                throw new InvalidTeleserviceException(teleservice.code(), "code", "is used by two téléservices");
            }
        }
        return new TeleserviceCatalogue(map);
    }

    /**
     * Reads a catalogue in the format of the class documentation.
     *
     * @param json the JSON text
     * @return the catalogue
     * @throws InvalidTeleserviceException naming the téléservice and field if the text is not a valid catalogue
     */
    public static TeleserviceCatalogue fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = TeleserviceJsonCodec.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTeleserviceException(
                    null,
                    "(root)",
                    "is not JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
        if (root == null) {
            throw new InvalidTeleserviceException(null, "(root)", "is empty");
        }
        TeleserviceJsonCodec.requireObject(root, null, "");
        TeleserviceJsonCodec.unknownFields(root, null, "", Set.of("organisations", "teleservices"));
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        JsonNode orgs = root.get("organisations");
        if (orgs != null) {
            if (!orgs.isArray()) {
                throw new InvalidTeleserviceException(null, "organisations", "must be an array");
            }
            for (int i = 0; i < orgs.size(); i++) {
                Organisation organisation = TeleserviceJsonCodec.organisation(orgs.get(i), "organisations[" + i + "]");
                if (organisations.putIfAbsent(organisation.code(), organisation) != null) {
                    throw new InvalidTeleserviceException(
                            null, "organisations[" + i + "].code", "is used by two organisations");
                }
            }
        }
        JsonNode list = TeleserviceJsonCodec.required(root, null, "", "teleservices");
        if (!list.isArray()) {
            throw new InvalidTeleserviceException(null, "teleservices", "must be an array");
        }
        Map<String, Teleservice> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "teleservices[" + i + "]";
            Teleservice teleservice = TeleserviceJsonCodec.teleservice(list.get(i), path, organisations);
            if (map.putIfAbsent(teleservice.code(), teleservice) != null) {
                throw new InvalidTeleserviceException(
                        teleservice.code(), path + ".code", "is used by two téléservices");
            }
        }
        return new TeleserviceCatalogue(map);
    }

    /**
     * Reads a catalogue from a stream of UTF-8 JSON, such as a class path resource.
     *
     * @param json the stream, read to its end but not closed
     * @return the catalogue
     * @throws InvalidTeleserviceException if the text is not a valid catalogue
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static TeleserviceCatalogue fromJson(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return fromJson(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one téléservice, with its organisation inline: the format {@link #toJson(Teleservice)} writes.
     *
     * @param json the JSON text of one téléservice
     * @return the téléservice
     * @throws InvalidTeleserviceException naming the field if the text is not a valid téléservice
     */
    public static Teleservice teleserviceFromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = TeleserviceJsonCodec.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidTeleserviceException(null, "(root)", "is not JSON");
        }
        if (root == null) {
            throw new InvalidTeleserviceException(null, "(root)", "is empty");
        }
        return TeleserviceJsonCodec.teleservice(root, "", Map.of());
    }

    /**
     * Writes one téléservice, with its organisation inline.
     *
     * @param teleservice the téléservice
     * @return the JSON text
     */
    public static String toJson(Teleservice teleservice) {
        Objects.requireNonNull(teleservice, "teleservice");
        return TeleserviceJsonCodec.write(teleservice, false).toString();
    }

    /**
     * Writes the catalogue in the format of the class documentation: {@code fromJson(toJson())} gives an equal
     * catalogue.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode root = TeleserviceJsonCodec.MAPPER.createObjectNode();
        ArrayNode organisations = root.putArray("organisations");
        Map<String, Organisation> seen = new LinkedHashMap<>();
        for (Teleservice teleservice : byCode.values()) {
            Organisation organisation = teleservice.organisation();
            Organisation previous = seen.putIfAbsent(organisation.code(), organisation);
            if (previous == null) {
                organisations.add(TeleserviceJsonCodec.write(organisation));
            }
        }
        ArrayNode list = root.putArray("teleservices");
        for (Teleservice teleservice : byCode.values()) {
            boolean byCodeOnly = seen.get(teleservice.organisation().code()).equals(teleservice.organisation());
            list.add(TeleserviceJsonCodec.write(teleservice, byCodeOnly));
        }
        return root.toPrettyString();
    }

    /**
     * Finds a téléservice.
     *
     * @param code its code
     * @return the téléservice, or empty if the catalogue has none with this code
     */
    public Optional<Teleservice> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Gets a téléservice that must exist.
     *
     * @param code its code
     * @return the téléservice
     * @throws NotFoundException if the catalogue has none with this code
     */
    public Teleservice get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("teleservice", code));
    }

    /**
     * The téléservices, in catalogue order.
     *
     * @return an immutable list
     */
    public List<Teleservice> teleservices() {
        return List.copyOf(byCode.values());
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof TeleserviceCatalogue that && byCode.equals(that.byCode);
    }

    @Override
    public int hashCode() {
        return byCode.hashCode();
    }

    @Override
    public String toString() {
        return "TeleserviceCatalogue" + byCode.keySet();
    }
}
