package fr.eadmin.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.internal.IsoDates;
import fr.eadmin.forms.internal.Patterns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The checks of one field's answer, compiled from its type. */
final class FieldChecks {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int IDENTIFIER_LIMIT = 100;
    private static final int OTHER_LIMIT = 200;
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** The result of checking one answer: a normalised answer, or an error. */
    record Outcome(
            @Nullable JsonNode value,
            @Nullable String code,
            @Nullable String message) {
        static Outcome ok(JsonNode value) {
            return new Outcome(value, null, null);
        }

        static Outcome error(String code, String message) {
            return new Outcome(null, code, message);
        }
    }

    /** A compiled check: the answer (never empty) and today give an outcome. */
    @FunctionalInterface
    interface Check {
        Outcome apply(JsonNode answer, LocalDate today);
    }

    private FieldChecks() {}

    private static String q(String label) {
        return "« " + label + " »";
    }

    static Outcome wrongType(String label, String expected) {
        return Outcome.error("wrong-type", q(label) + " doit être " + expected + ".");
    }

    static Check compile(FieldType type, String label) {
        if (type instanceof FieldType.ShortText t) {
            Pattern pattern = t.pattern() == null ? null : Patterns.compile(t.pattern());
            return (answer, today) -> text(answer, label, t.minLength(), t.maxLength(), pattern, true);
        } else if (type instanceof FieldType.LongText t) {
            return (answer, today) -> text(answer, label, t.minLength(), t.maxLength(), null, false);
        } else if (type instanceof FieldType.IntegerNumber t) {
            return (answer, today) -> integer(answer, label, t);
        } else if (type instanceof FieldType.DecimalNumber t) {
            return (answer, today) -> decimal(answer, label, t);
        } else if (type instanceof FieldType.DateField t) {
            return (answer, today) -> date(answer, label, t.min(), t.max(), today);
        } else if (type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox) {
            return (answer, today) -> answer.isBoolean() ? Outcome.ok(answer) : wrongType(label, "oui ou non");
        } else if (type instanceof FieldType.SingleChoice t) {
            Set<String> values = values(t.options());
            return (answer, today) -> {
                if (!answer.isTextual()) {
                    return wrongType(label, "un des choix proposés");
                }
                return choice(answer.textValue(), values, t.other(), label);
            };
        } else if (type instanceof FieldType.MultipleChoice t) {
            return multiple(t, label);
        } else if (type instanceof FieldType.Identifier t) {
            IdentifierKind kind = t.kind();
            // The rule of the kind's Bean Validation validator (a @Siret or @Nir bean property), in one pass.
            return identifier(label, kind.errorCode(), kind.expected(), kind::canonicalIfValid);
        } else if (type instanceof FieldType.FileUpload t) {
            return (answer, today) -> files(answer, label, t);
        }
        // Computed and displayed fields take no answer.
        return (answer, today) -> Outcome.error("read-only", q(label) + " ne se saisit pas.");
    }

    private static Set<String> values(java.util.List<ChoiceOption> options) {
        return options.stream().map(ChoiceOption::value).collect(Collectors.toUnmodifiableSet());
    }

    private static Outcome text(
            JsonNode answer, String label, int min, int max, @Nullable Pattern pattern, boolean oneLine) {
        if (!answer.isTextual()) {
            return wrongType(label, "un texte");
        }
        String raw = answer.textValue();
        if (raw.length() > FieldType.TEXT_LIMIT) {
            return Outcome.error("too-long", q(label) + " ne doit pas dépasser " + max + " caractères.");
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return Outcome.error("too-long", q(label) + " ne doit pas dépasser " + max + " caractères.");
        }
        if (length < min) {
            return Outcome.error("too-short", q(label) + " doit comporter au moins " + min + " caractères.");
        }
        if (oneLine && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            return Outcome.error("invalid-format", q(label) + " doit tenir sur une ligne.");
        }
        if (pattern != null && !pattern.matches(text)) {
            return Outcome.error("invalid-format", q(label) + " n'a pas le format attendu.");
        }
        return Outcome.ok(NODES.textNode(text));
    }

    private static Outcome integer(JsonNode answer, String label, FieldType.IntegerNumber type) {
        if (!answer.isIntegralNumber() || !answer.canConvertToLong()) {
            return wrongType(label, "un nombre entier");
        }
        long value = answer.longValue();
        if (type.min() != null && value < type.min()) {
            return Outcome.error("too-small", q(label) + " doit être au moins " + type.min() + ".");
        }
        if (type.max() != null && value > type.max()) {
            return Outcome.error("too-large", q(label) + " doit être au plus " + type.max() + ".");
        }
        long base = type.min() == null ? 0 : type.min();
        if (type.step() > 1 && Math.floorMod(value - base, type.step()) != 0) {
            return Outcome.error("invalid-step", q(label) + " doit varier par pas de " + type.step() + ".");
        }
        return Outcome.ok(NODES.numberNode(value));
    }

    private static Outcome decimal(JsonNode answer, String label, FieldType.DecimalNumber type) {
        if (!answer.isNumber()) {
            return wrongType(label, "un nombre");
        }
        BigDecimal value = answer.decimalValue();
        if (type.min() != null && value.compareTo(type.min()) < 0) {
            return Outcome.error(
                    "too-small", q(label) + " doit être au moins " + type.min().toPlainString() + ".");
        }
        if (type.max() != null && value.compareTo(type.max()) > 0) {
            return Outcome.error(
                    "too-large", q(label) + " doit être au plus " + type.max().toPlainString() + ".");
        }
        if (type.step() != null) {
            BigDecimal base = type.min() == null ? BigDecimal.ZERO : type.min();
            if (value.subtract(base).remainder(type.step()).signum() != 0) {
                return Outcome.error(
                        "invalid-step",
                        q(label) + " doit varier par pas de " + type.step().toPlainString() + ".");
            }
        }
        return Outcome.ok(NODES.numberNode(value.stripTrailingZeros()));
    }

    private static Outcome date(
            JsonNode answer, String label, @Nullable DateBound min, @Nullable DateBound max, LocalDate today) {
        if (!answer.isTextual() || answer.textValue().length() != 10) {
            return Outcome.error("invalid-date", q(label) + " doit être une date (AAAA-MM-JJ).");
        }
        LocalDate value = IsoDates.parse(answer.textValue());
        if (value == null) {
            return Outcome.error("invalid-date", q(label) + " doit être une date (AAAA-MM-JJ).");
        }
        if (min != null && value.isBefore(min.resolve(today))) {
            return Outcome.error(
                    "too-early", q(label) + " doit être le " + FRENCH_DATE.format(min.resolve(today)) + " ou après.");
        }
        if (max != null && value.isAfter(max.resolve(today))) {
            return Outcome.error(
                    "too-late", q(label) + " doit être le " + FRENCH_DATE.format(max.resolve(today)) + " ou avant.");
        }
        return Outcome.ok(answer);
    }

    private static Outcome choice(String value, Set<String> values, boolean other, String label) {
        if (values.contains(value)) {
            return Outcome.ok(NODES.textNode(value));
        }
        String text = value.strip();
        if (other && !text.isEmpty() && text.length() <= OTHER_LIMIT) {
            return Outcome.ok(NODES.textNode(text));
        }
        return Outcome.error("invalid-choice", q(label) + " : ce choix n'est pas proposé.");
    }

    private static Check multiple(FieldType.MultipleChoice type, String label) {
        Set<String> values = values(type.options());
        return (answer, today) -> {
            if (!answer.isArray()) {
                return wrongType(label, "une liste de choix");
            }
            if (answer.size() > type.maxSelected()) {
                return Outcome.error("too-many-choices", q(label) + " : au plus " + type.maxSelected() + " choix.");
            }
            ArrayNode out = NODES.arrayNode();
            Set<String> seen = new HashSet<>();
            for (JsonNode item : answer) {
                if (!item.isTextual()) {
                    return wrongType(label, "une liste de choix");
                }
                Outcome one = choice(item.textValue(), values, type.other(), label);
                if (one.value() == null) {
                    return one;
                }
                if (!seen.add(one.value().textValue())) {
                    return Outcome.error("duplicate-choice", q(label) + " : un choix est donné deux fois.");
                }
                out.add(one.value());
            }
            if (out.size() < type.minSelected()) {
                return Outcome.error("too-few-choices", q(label) + " : au moins " + type.minSelected() + " choix.");
            }
            return Outcome.ok(out);
        };
    }

    private static Check identifier(
            String label, String code, String expected, Function<String, Optional<String>> canonical) {
        // An outcome is an immutable value: the refusal of this field is built once, not on every wrong answer.
        Outcome refused = Outcome.error(code, q(label) + " doit être " + expected + ".");
        return (answer, today) -> {
            if (!answer.isTextual()) {
                return wrongType(label, "un texte");
            }
            String text = answer.textValue().strip();
            if (text.length() > IDENTIFIER_LIMIT) {
                return refused;
            }
            Optional<String> value = canonical.apply(text);
            return value.isPresent() ? Outcome.ok(NODES.textNode(value.get())) : refused;
        };
    }

    private static Outcome files(JsonNode answer, String label, FieldType.FileUpload type) {
        if (!answer.isArray()) {
            return wrongType(label, "une liste de fichiers");
        }
        if (answer.size() > type.maxCount()) {
            return Outcome.error("too-many-files", q(label) + " : au plus " + type.maxCount() + " fichier(s).");
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : answer) {
            if (!item.isObject() || item.size() != 3) {
                return invalidFile(label);
            }
            JsonNode blob = item.get("blob");
            JsonNode size = item.get("size");
            JsonNode mediaType = item.get("mediaType");
            if (blob == null
                    || !blob.isTextual()
                    || !SHA256.matcher(blob.textValue()).matches()
                    || size == null
                    || !size.isIntegralNumber()
                    || !size.canConvertToLong()
                    || size.longValue() < 1
                    || mediaType == null
                    || !mediaType.isTextual()) {
                return invalidFile(label);
            }
            if (size.longValue() > type.maxSize()) {
                return Outcome.error(
                        "file-too-large", q(label) + " : un fichier dépasse " + type.maxSize() + " octets.");
            }
            if (!type.mediaTypes().contains(mediaType.textValue())) {
                return Outcome.error("invalid-media-type", q(label) + " : type de fichier non accepté.");
            }
            ObjectNode file = NODES.objectNode();
            file.put("blob", blob.textValue());
            file.put("size", size.longValue());
            file.put("mediaType", mediaType.textValue());
            out.add(file);
        }
        return Outcome.ok(out);
    }

    private static Outcome invalidFile(String label) {
        return Outcome.error(
                "invalid-file", q(label) + " : chaque fichier est décrit par son empreinte, sa taille et son type.");
    }
}
