package fr.eadmin.test.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.validation.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Puts one defect into a generated valid submission, on a field or block no condition, exit rule or computed
 * value reads: the defect then changes nothing else, and validation must give exactly the expected error.
 */
final class Defects {
    private static final String UNKNOWN = "champInconnu";

    /** One possible defect: where, which code, and how to make it. */
    private record Defect(String path, String code, Runnable apply) {}

    private Defects() {}

    static InvalidCase one(
            SubmissionGenerator.Generated generated, Set<String> referenced, LocalDate today, Random random) {
        ObjectNode answers = generated.answers();
        List<Defect> defects = new ArrayList<>();
        defects.add(new Defect(UNKNOWN, "unknown-field", () -> answers.put(UNKNOWN, "valeur")));
        for (SubmissionGenerator.Slot slot : generated.slots()) {
            if (!referenced.contains(slot.field().id())) {
                field(slot, today, random, defects);
            }
        }
        for (SubmissionGenerator.BlockSlot slot : generated.blocks()) {
            if (!referenced.contains(slot.block().id())) {
                block(slot, answers, defects);
            }
        }
        Defect defect = defects.get(random.nextInt(defects.size()));
        defect.apply().run();
        return new InvalidCase(Submission.of(answers), defect.path(), defect.code());
    }

    private static void block(SubmissionGenerator.BlockSlot slot, ObjectNode answers, List<Defect> defects) {
        RepeatableBlock block = slot.block();
        String id = block.id();
        defects.add(new Defect(id, "wrong-type", () -> answers.put(id, "plusieurs")));
        if (block.maxOccurrences() < RepeatableBlock.MAX_OCCURRENCES_LIMIT) {
            defects.add(new Defect(id, "too-many-occurrences", () -> {
                ArrayNode many = answers.putArray(id);
                for (int i = 0; i <= block.maxOccurrences(); i++) {
                    many.addObject();
                }
            }));
        }
        if (block.minOccurrences() > 0) {
            defects.add(new Defect(id, "too-few-occurrences", () -> answers.remove(id)));
        }
        if (slot.occurrences() > 0) {
            int last = slot.occurrences() - 1;
            defects.add(new Defect(id + "[" + last + "]." + UNKNOWN, "unknown-field", () -> ((ObjectNode)
                            answers.get(id).get(last))
                    .put(UNKNOWN, "valeur")));
            defects.add(new Defect(id + "[" + last + "]", "wrong-type", () -> ((ArrayNode) answers.get(id))
                    .set(last, SubmissionGenerator.NODES.numberNode(3))));
        }
    }

    private static void field(SubmissionGenerator.Slot slot, LocalDate today, Random random, List<Defect> defects) {
        Field field = slot.field();
        FieldType type = field.type();
        ObjectNode container = slot.container();
        String id = field.id();
        String path = slot.path();
        if (!type.isInput()) {
            defects.add(new Defect(path, "read-only", () -> container.put(id, 12)));
            return;
        }
        if (field.required() && slot.answered()) {
            defects.add(new Defect(path, "required", () -> container.remove(id)));
        }
        if (type instanceof FieldType.ShortText t) {
            texts(path, container, id, t.minLength(), t.maxLength(), defects);
            if (t.minLength() <= 3 && t.maxLength() >= 3) {
                defects.add(new Defect(path, "invalid-format", () -> container.put(id, "a\nb")));
            }
        } else if (type instanceof FieldType.LongText t) {
            texts(path, container, id, t.minLength(), t.maxLength(), defects);
        } else if (type instanceof FieldType.IntegerNumber t) {
            integers(path, container, id, t, defects);
        } else if (type instanceof FieldType.DecimalNumber t) {
            decimals(path, container, id, t, defects);
        } else if (type instanceof FieldType.DateField t) {
            defects.add(new Defect(path, "invalid-date", () -> container.put(id, 20260101)));
            defects.add(new Defect(path, "invalid-date", () -> container.put(id, "2026-02-30")));
            if (t.min() != null) {
                String early = t.min().resolve(today).minusDays(1).toString();
                defects.add(new Defect(path, "too-early", () -> container.put(id, early)));
            }
            if (t.max() != null) {
                String late = t.max().resolve(today).plusDays(1).toString();
                defects.add(new Defect(path, "too-late", () -> container.put(id, late)));
            }
        } else if (type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox) {
            defects.add(new Defect(path, "wrong-type", () -> container.put(id, "oui")));
        } else if (type instanceof FieldType.SingleChoice t) {
            defects.add(new Defect(path, "wrong-type", () -> container.put(id, 1)));
            String refused = t.other() ? "x".repeat(201) : notOffered(t.options());
            defects.add(new Defect(path, "invalid-choice", () -> container.put(id, refused)));
        } else if (type instanceof FieldType.MultipleChoice t) {
            choices(path, container, id, t, defects);
        } else if (type instanceof FieldType.Identifier t) {
            defects.add(new Defect(path, "wrong-type", () -> container.put(id, 75001)));
            String wrong = invalid(t.kind(), slot, random);
            defects.add(new Defect(path, t.kind().errorCode(), () -> container.put(id, wrong)));
        } else if (type instanceof FieldType.FileUpload t) {
            files(path, container, id, t, random, defects);
        }
    }

    private static void texts(String path, ObjectNode container, String id, int min, int max, List<Defect> defects) {
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, 42)));
        if (max < 10_000) {
            defects.add(new Defect(path, "too-long", () -> container.put(id, "x".repeat(max + 1))));
        }
        if (min >= 2) {
            defects.add(new Defect(path, "too-short", () -> container.put(id, "x".repeat(min - 1))));
        }
    }

    private static void integers(
            String path, ObjectNode container, String id, FieldType.IntegerNumber type, List<Defect> defects) {
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, "douze")));
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, new BigDecimal("1.5"))));
        Long min = type.min();
        Long max = type.max();
        if (min != null && min > -1_000_000_000_000L) {
            defects.add(new Defect(path, "too-small", () -> container.put(id, min - 1)));
        }
        if (max != null && max < 1_000_000_000_000L) {
            defects.add(new Defect(path, "too-large", () -> container.put(id, max + 1)));
        }
        long offStep = (min == null ? 0 : min) + 1;
        if (type.step() > 1 && (min == null || offStep >= min) && (max == null || offStep <= max)) {
            defects.add(new Defect(path, "invalid-step", () -> container.put(id, offStep)));
        }
    }

    private static void decimals(
            String path, ObjectNode container, String id, FieldType.DecimalNumber type, List<Defect> defects) {
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, "douze")));
        BigDecimal min = type.min();
        BigDecimal max = type.max();
        if (min != null) {
            defects.add(new Defect(path, "too-small", () -> container.put(id, min.subtract(BigDecimal.ONE))));
        }
        if (max != null) {
            defects.add(new Defect(path, "too-large", () -> container.put(id, max.add(BigDecimal.ONE))));
        }
        BigDecimal step = type.step();
        if (step != null) {
            BigDecimal half = (min == null ? BigDecimal.ZERO : min)
                    .add(step.divide(BigDecimal.valueOf(2), step.scale() + 1, RoundingMode.UNNECESSARY));
            if ((min == null || half.compareTo(min) >= 0) && (max == null || half.compareTo(max) <= 0)) {
                defects.add(new Defect(path, "invalid-step", () -> container.put(id, half)));
            }
        }
    }

    private static String notOffered(List<ChoiceOption> options) {
        Set<String> values = options.stream().map(ChoiceOption::value).collect(Collectors.toSet());
        String value = "nonPropose";
        while (values.contains(value)) {
            value = value + "x";
        }
        return value;
    }

    private static void choices(
            String path, ObjectNode container, String id, FieldType.MultipleChoice type, List<Defect> defects) {
        List<String> values = type.options().stream().map(ChoiceOption::value).toList();
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, values.get(0))));
        if (!type.other()) {
            defects.add(new Defect(
                    path, "invalid-choice", () -> container.putArray(id).add(notOffered(type.options()))));
        }
        if (values.size() > type.maxSelected()) {
            defects.add(new Defect(path, "too-many-choices", () -> {
                ArrayNode many = container.putArray(id);
                values.subList(0, type.maxSelected() + 1).forEach(many::add);
            }));
        }
        if (type.maxSelected() >= 2) {
            defects.add(new Defect(
                    path,
                    "duplicate-choice",
                    () -> container.putArray(id).add(values.get(0)).add(values.get(0))));
        }
        if (type.minSelected() >= 2) {
            defects.add(new Defect(
                    path, "too-few-choices", () -> container.putArray(id).add(values.get(0))));
        }
    }

    /** An invalid identifier: the valid answer with one digit changed (a bad check digit), or plain nonsense. */
    private static String invalid(IdentifierKind kind, SubmissionGenerator.Slot slot, Random random) {
        JsonNode answer = slot.container().get(slot.field().id());
        if (answer != null && answer.isTextual()) {
            String valid = kind.canonical(answer.textValue().strip());
            for (int attempt = 0; attempt < 20; attempt++) {
                int at = random.nextInt(valid.length());
                char c = valid.charAt(at);
                if (Character.isDigit(c)) {
                    char other = (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10);
                    String changed = valid.substring(0, at) + other + valid.substring(at + 1);
                    if (!SubmissionGenerator.valid(kind, changed)) {
                        return changed;
                    }
                }
            }
        }
        return "pas valide";
    }

    private static void files(
            String path,
            ObjectNode container,
            String id,
            FieldType.FileUpload type,
            Random random,
            List<Defect> defects) {
        // The first in alphabetical order: the set's own order changes from one JVM to the next, and a seed must
        // give the same cases wherever it is replayed.
        String mediaType = new TreeSet<>(type.mediaTypes()).first();
        defects.add(new Defect(path, "wrong-type", () -> container.put(id, "fichier.pdf")));
        defects.add(new Defect(path, "invalid-file", () -> container
                .putArray(id)
                .addObject()
                .put("blob", "pas-une-empreinte")
                .put("size", 10)
                .put("mediaType", mediaType)));
        if (type.maxSize() < Long.MAX_VALUE) {
            defects.add(new Defect(path, "file-too-large", () -> container
                    .putArray(id)
                    .addObject()
                    .put("blob", SubmissionGenerator.sha256Hex(random))
                    .put("size", type.maxSize() + 1)
                    .put("mediaType", mediaType)));
        }
        if (!type.mediaTypes().contains("application/x-inconnu")) {
            defects.add(new Defect(path, "invalid-media-type", () -> container
                    .putArray(id)
                    .addObject()
                    .put("blob", SubmissionGenerator.sha256Hex(random))
                    .put("size", 1)
                    .put("mediaType", "application/x-inconnu")));
        }
        if (type.maxCount() < 100) {
            defects.add(new Defect(path, "too-many-files", () -> {
                ArrayNode many = container.putArray(id);
                for (int i = 0; i <= type.maxCount(); i++) {
                    many.addObject()
                            .put("blob", SubmissionGenerator.sha256Hex(random))
                            .put("size", 1)
                            .put("mediaType", mediaType);
                }
            }));
        }
    }
}
