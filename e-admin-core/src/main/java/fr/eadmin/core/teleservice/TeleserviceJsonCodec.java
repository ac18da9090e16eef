package fr.eadmin.core.teleservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.Channel;
import fr.eadmin.core.EAdminException;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.calendar.InvalidDelayException;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.json.EAdminJson;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.UsagerKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads and writes téléservices in the catalogue's JSON format (see {@link TeleserviceCatalogue}). */
final class TeleserviceJsonCodec {
    static final ObjectMapper MAPPER = EAdminJson.newObjectMapper();

    private TeleserviceJsonCodec() {}

    // ---- reading

    static Organisation organisation(JsonNode node, String path) {
        requireObject(node, null, path);
        String code = text(node, null, path, "code");
        try {
            return new Organisation(
                    code,
                    text(node, null, path, "name"),
                    enumValue(OrganisationKind.class, node, null, path, "kind"),
                    contact(required(node, null, path, "contact"), path + ".contact"));
        } catch (InvalidTeleserviceException e) {
            throw locate(e, null, path);
        }
    }

    /** Puts a failure thrown by a record's constructor (whose field is relative) under the path being read. */
    private static InvalidTeleserviceException locate(
            InvalidTeleserviceException e, @Nullable String code, String path) {
        boolean located = path.isEmpty() || e.field().equals(path) || e.field().startsWith(path + ".");
        if (located) {
            return e.teleservice() == null && code != null ? e.in(code, "") : e;
        }
        return e.in(code, path);
    }

    private static ServiceContact contact(JsonNode node, String path) {
        requireObject(node, null, path);
        String designation = text(node, null, path, "designation");
        JsonNode address = required(node, null, path, "postalAddress");
        Adresse adresse;
        try {
            adresse = MAPPER.treeToValue(address, Adresse.class);
        } catch (JsonProcessingException | EAdminException | IllegalArgumentException e) {
            throw new InvalidTeleserviceException(null, path + ".postalAddress", "is not a valid address" + cause(e));
        }
        Email email;
        Telephone telephone;
        try {
            email = Email.parse(text(node, null, path, "email"));
        } catch (InvalidIdentifierException e) {
            throw new InvalidTeleserviceException(null, path + ".email", "is not a valid email address");
        }
        try {
            telephone = Telephone.parse(text(node, null, path, "telephone"));
        } catch (InvalidIdentifierException e) {
            throw new InvalidTeleserviceException(null, path + ".telephone", "is not a valid telephone number");
        }
        return new ServiceContact(designation, adresse, email, telephone);
    }

    static Teleservice teleservice(JsonNode node, String path, Map<String, Organisation> organisations) {
        requireObject(node, null, path);
        String code = text(node, null, path, "code");
        String at = path.isEmpty() ? "" : path + ".";
        try {
            JsonNode organisationNode = required(node, code, path, "organisation");
            Organisation organisation;
            if (organisationNode.isTextual()) {
                organisation = organisations.get(organisationNode.asText());
                if (organisation == null) {
                    throw new InvalidTeleserviceException(
                            code, at + "organisation", "names an organisation the catalogue does not define");
                }
            } else {
                organisation = organisation(organisationNode, at + "organisation");
            }
            JsonNode formNode = required(node, code, path, "form");
            requireObject(formNode, code, at + "form");
            FormRef form = new FormRef(
                    text(formNode, code, at + "form", "id"), integer(formNode, code, at + "form", "version"));
            List<PieceRequirement> pieces = new ArrayList<>();
            JsonNode piecesNode = node.get("pieces");
            if (piecesNode != null) {
                if (!piecesNode.isArray()) {
                    throw new InvalidTeleserviceException(code, at + "pieces", "must be an array");
                }
                for (int i = 0; i < piecesNode.size(); i++) {
                    pieces.add(piece(piecesNode.get(i), code, at + "pieces[" + i + "]"));
                }
            }
            long fee = 0;
            JsonNode feeNode = node.get("feeCents");
            if (feeNode != null) {
                if (!feeNode.isIntegralNumber() || !feeNode.canConvertToLong()) {
                    throw new InvalidTeleserviceException(code, at + "feeCents", "must be a whole number of cents");
                }
                fee = feeNode.asLong();
            }
            Delay delay;
            try {
                delay = Delay.parse(text(node, code, path, "delay"));
            } catch (InvalidDelayException e) {
                throw new InvalidTeleserviceException(code, at + "delay", e.getMessage());
            }
            SilenceRule silence = enumValue(SilenceRule.class, node, code, path, "silenceRule");
            JsonNode channelsNode = required(node, code, path, "channels");
            if (!channelsNode.isArray()) {
                throw new InvalidTeleserviceException(code, at + "channels", "must be an array");
            }
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            for (int i = 0; i < channelsNode.size(); i++) {
                channels.add(enumOf(Channel.class, channelsNode.get(i), code, at + "channels[" + i + "]"));
            }
            TeleserviceCalendar calendar = calendar(required(node, code, path, "calendar"), code, at + "calendar");
            unknownFields(
                    node,
                    code,
                    path,
                    Set.of(
                            "code",
                            "title",
                            "organisation",
                            "form",
                            "pieces",
                            "feeCents",
                            "delay",
                            "silenceRule",
                            "channels",
                            "calendar"));
            return new Teleservice(
                    code,
                    text(node, code, path, "title"),
                    organisation,
                    form,
                    pieces,
                    fee,
                    delay,
                    silence,
                    channels,
                    calendar);
        } catch (InvalidTeleserviceException e) {
            throw locate(e, code, path);
        }
    }

    private static PieceRequirement piece(JsonNode node, String code, String path) {
        requireObject(node, code, path);
        JsonNode typeNode = required(node, code, path, "type");
        PieceType type;
        if (typeNode.isTextual()) {
            type = PieceType.wellKnown(typeNode.asText())
                    .orElseThrow(() -> new InvalidTeleserviceException(
                            code,
                            path + ".type",
                            "is not a well-known pièce type; give an object with code, libelle and validity"));
        } else {
            try {
                type = MAPPER.treeToValue(typeNode, PieceType.class);
            } catch (JsonProcessingException | EAdminException | IllegalArgumentException e) {
                throw new InvalidTeleserviceException(code, path + ".type", "is not a valid pièce type" + cause(e));
            }
        }
        JsonNode kinds = node.get("forKinds");
        JsonNode answer = node.get("whenAnswer");
        unknownFields(node, code, path, Set.of("type", "forKinds", "whenAnswer"));
        if (kinds != null && answer != null) {
            throw new InvalidTeleserviceException(code, path, "has both forKinds and whenAnswer; give one condition");
        }
        if (kinds != null) {
            if (!kinds.isArray() || kinds.isEmpty()) {
                throw new InvalidTeleserviceException(code, path + ".forKinds", "must be a non-empty array of kinds");
            }
            Set<UsagerKind> set = EnumSet.noneOf(UsagerKind.class);
            for (int i = 0; i < kinds.size(); i++) {
                set.add(enumOf(UsagerKind.class, kinds.get(i), code, path + ".forKinds[" + i + "]"));
            }
            return new PieceRequirement(type, PieceCondition.forKinds(set));
        }
        if (answer != null) {
            requireObject(answer, code, path + ".whenAnswer");
            return new PieceRequirement(
                    type,
                    PieceCondition.whenAnswer(
                            text(answer, code, path + ".whenAnswer", "field"),
                            text(answer, code, path + ".whenAnswer", "value")));
        }
        return new PieceRequirement(type, PieceCondition.always());
    }

    private static TeleserviceCalendar calendar(JsonNode node, String code, String path) {
        requireObject(node, code, path);
        String departement = text(node, code, path, "departement");
        TreeMap<LocalDate, String> closures = new TreeMap<>();
        JsonNode closuresNode = node.get("closures");
        if (closuresNode != null) {
            if (!closuresNode.isObject()) {
                throw new InvalidTeleserviceException(code, path + ".closures", "must map dates to reasons");
            }
            for (Map.Entry<String, JsonNode> entry : closuresNode.properties()) {
                LocalDate day;
                try {
                    day = LocalDate.parse(entry.getKey());
                } catch (DateTimeParseException e) {
                    throw new InvalidTeleserviceException(code, path + ".closures", "has a key that is not a date");
                }
                if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                    throw new InvalidTeleserviceException(
                            code, path + ".closures." + entry.getKey(), "must be the reason of the closure");
                }
                closures.put(day, entry.getValue().asText());
            }
        }
        unknownFields(node, code, path, Set.of("departement", "closures"));
        return new TeleserviceCalendar(departement, closures);
    }

    // ---- writing

    static ObjectNode write(Organisation organisation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", organisation.code());
        node.put("name", organisation.name());
        node.put("kind", organisation.kind().name());
        ObjectNode contact = node.putObject("contact");
        contact.put("designation", organisation.contact().designation());
        contact.set("postalAddress", MAPPER.valueToTree(organisation.contact().postalAddress()));
        contact.put("email", organisation.contact().email().toString());
        contact.put("telephone", organisation.contact().telephone().value());
        return node;
    }

    static ObjectNode write(Teleservice teleservice, boolean organisationByCode) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", teleservice.code());
        node.put("title", teleservice.title());
        if (organisationByCode) {
            node.put("organisation", teleservice.organisation().code());
        } else {
            node.set("organisation", write(teleservice.organisation()));
        }
        ObjectNode form = node.putObject("form");
        form.put("id", teleservice.form().id());
        form.put("version", teleservice.form().version());
        ArrayNode pieces = node.putArray("pieces");
        for (PieceRequirement requirement : teleservice.pieces()) {
            ObjectNode piece = pieces.addObject();
            PieceType type = requirement.type();
            if (PieceType.wellKnown(type.code()).filter(type::equals).isPresent()) {
                piece.put("type", type.code());
            } else {
                piece.set("type", MAPPER.valueToTree(type));
            }
            PieceCondition condition = requirement.condition();
            if (condition instanceof PieceCondition.ForKinds kinds) {
                ArrayNode array = piece.putArray("forKinds");
                EnumSet.copyOf(kinds.kinds()).forEach(k -> array.add(k.name()));
            } else if (condition instanceof PieceCondition.WhenAnswer answer) {
                ObjectNode when = piece.putObject("whenAnswer");
                when.put("field", answer.field());
                when.put("value", answer.value());
            }
        }
        node.put("feeCents", teleservice.feeCents());
        node.put("delay", teleservice.delay().toString());
        node.put("silenceRule", teleservice.silenceRule().name());
        ArrayNode channels = node.putArray("channels");
        EnumSet.copyOf(teleservice.channels()).forEach(c -> channels.add(c.name()));
        ObjectNode calendar = node.putObject("calendar");
        calendar.put("departement", teleservice.calendar().departement());
        if (!teleservice.calendar().closures().isEmpty()) {
            ObjectNode closures = calendar.putObject("closures");
            teleservice.calendar().closures().forEach((day, reason) -> closures.put(day.toString(), reason));
        }
        return node;
    }

    // ---- helpers

    static void requireObject(JsonNode node, @Nullable String code, String path) {
        if (!node.isObject()) {
            throw new InvalidTeleserviceException(code, path.isEmpty() ? "(root)" : path, "must be an object");
        }
    }

    static JsonNode required(JsonNode node, @Nullable String code, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidTeleserviceException(code, join(path, field), "is missing");
        }
        return value;
    }

    static String text(JsonNode node, @Nullable String code, String path, String field) {
        JsonNode value = required(node, code, path, field);
        if (!value.isTextual()) {
            throw new InvalidTeleserviceException(code, join(path, field), "must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, @Nullable String code, String path, String field) {
        JsonNode value = required(node, code, path, field);
        if (!value.isInt()) {
            throw new InvalidTeleserviceException(code, join(path, field), "must be a whole number");
        }
        return value.asInt();
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, JsonNode node, @Nullable String code, String path, String field) {
        return enumOf(type, required(node, code, path, field), code, join(path, field));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode value, @Nullable String code, String path) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asText().toUpperCase(Locale.ROOT))) {
                    return constant;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw new InvalidTeleserviceException(code, path, "must be one of " + names);
    }

    static void unknownFields(JsonNode node, @Nullable String code, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new InvalidTeleserviceException(code, join(path, name), "is not a known field");
            }
        }
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String cause(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return ": " + json.getOriginalMessage().lines().findFirst().orElse("");
        }
        return ": " + e.getMessage();
    }
}
