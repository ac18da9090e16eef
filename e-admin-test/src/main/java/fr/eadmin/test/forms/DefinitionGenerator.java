package fr.eadmin.test.forms;

import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.DateBound;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.IdentifierKind;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds one random definition that {@link SubmissionGenerator} can answer. */
final class DefinitionGenerator {
    private static final List<String> PATTERNS = List.of(
            "[A-Z]{2}-[0-9]{3}", "(M|Mme) [A-Z][a-z]{1,10}", "\\d{5}", "[a-z]+(-[a-z]+)?", "(?:AB|CD)[0-9]{2,4}");
    private static final List<String> MEDIA_TYPES = List.of("application/pdf", "image/jpeg", "image/png");
    private static final List<String> PAST = List.of("today-P100Y", "today-P18Y", "2000-01-01");
    private static final List<String> FUTURE = List.of("today", "today+P1Y", "today+P15D");

    private final Random random;
    private final List<Field> outer = new ArrayList<>();
    private final List<RepeatableBlock> blocks = new ArrayList<>();
    private int counter;

    DefinitionGenerator(Random random) {
        this.random = random;
    }

    FormDefinition definition() {
        int pageCount = 1 + random.nextInt(3);
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            Condition visibleIf = p > 1 && random.nextInt(5) == 0 ? condition(List.of(), true) : null;
            List<Node> nodes = new ArrayList<>();
            int nodeCount = 1 + random.nextInt(6);
            for (int n = 0; n < nodeCount; n++) {
                int kind = random.nextInt(20);
                if (kind < 14) {
                    nodes.add(field(null));
                } else if (kind < 17) {
                    nodes.add(section());
                } else {
                    nodes.add(block());
                }
            }
            List<ExitRule> exits = new ArrayList<>();
            Condition exit = random.nextInt(4) == 0 ? avoidable() : null;
            if (exit != null) {
                exits.add(new ExitRule("sortie" + p, exit, "Ce service ne vous concerne pas."));
            }
            pages.add(new Page("page" + p, "Page " + p, nodes, exits, visibleIf));
        }
        return new FormDefinition("formulaire", 1 + random.nextInt(3), "Formulaire généré", pages);
    }

    private String id(String prefix) {
        return prefix + ++counter;
    }

    private Section section() {
        String id = id("section");
        Condition visibleIf = random.nextInt(3) == 0 ? condition(List.of(), true) : null;
        List<Node> nodes = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            nodes.add(field(null));
        }
        return new Section(id, "Section " + counter, nodes, visibleIf);
    }

    private RepeatableBlock block() {
        String id = id("bloc");
        Condition visibleIf = random.nextInt(4) == 0 ? condition(List.of(), true) : null;
        int min = random.nextInt(3);
        int max = Math.max(1, min + random.nextInt(4));
        List<Field> inner = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            field(inner);
        }
        RepeatableBlock block = new RepeatableBlock(id, "Bloc " + counter, min, max, inner, visibleIf);
        blocks.add(block);
        return block;
    }

    /** A field; inside a block, {@code inner} holds the fields of the block declared before (and receives it). */
    private Field field(@Nullable List<Field> inner) {
        String id = id("champ");
        boolean inBlock = inner != null;
        List<Field> scope = new ArrayList<>(outer);
        if (inner != null) {
            scope.addAll(inner);
        }
        FieldType type = type(scope);
        boolean required = type.isInput() && random.nextBoolean();
        Condition visibleIf = random.nextInt(10) < 3 ? condition(scope, !inBlock) : null;
        Field field = new Field(id, "Champ " + counter, type, required, visibleIf);
        if (inner != null) {
            inner.add(field);
        } else {
            outer.add(field);
        }
        return field;
    }

    private List<ChoiceOption> options() {
        int count = 1 + random.nextInt(5);
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            options.add(new ChoiceOption("option" + i, "Option " + i));
        }
        return options;
    }

    private FieldType type(List<Field> scope) {
        int kind = random.nextInt(16);
        switch (kind) {
            case 0 -> {
                int min = random.nextInt(3);
                return new FieldType.ShortText(min, min + 1 + random.nextInt(60), null);
            }
            case 1 -> {
                return new FieldType.ShortText(0, 40, PATTERNS.get(random.nextInt(PATTERNS.size())));
            }
            case 2 -> {
                return new FieldType.LongText(random.nextInt(4), 10 + random.nextInt(500));
            }
            case 3 -> {
                Long min = random.nextBoolean() ? (long) random.nextInt(100) : null;
                Long max = random.nextBoolean() ? (min == null ? 0 : min) + 10 + random.nextInt(1_000) : null;
                return new FieldType.IntegerNumber(min, max, random.nextInt(4) == 0 ? 5 : 1);
            }
            case 4 -> {
                BigDecimal min = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(10_000), 2) : null;
                BigDecimal max = random.nextBoolean()
                        ? (min == null ? BigDecimal.ZERO : min).add(BigDecimal.valueOf(1 + random.nextInt(100_000), 2))
                        : null;
                BigDecimal step = random.nextInt(3) == 0 ? new BigDecimal("0.5") : null;
                return new FieldType.DecimalNumber(min, max, step);
            }
            case 5 -> {
                DateBound min = random.nextBoolean() ? DateBound.parse(PAST.get(random.nextInt(PAST.size()))) : null;
                DateBound max =
                        random.nextBoolean() ? DateBound.parse(FUTURE.get(random.nextInt(FUTURE.size()))) : null;
                return new FieldType.DateField(min, max);
            }
            case 6 -> {
                return new FieldType.YesNo();
            }
            case 7 -> {
                return new FieldType.Checkbox();
            }
            case 8 -> {
                return new FieldType.SingleChoice(options(), random.nextInt(4) == 0);
            }
            case 9 -> {
                List<ChoiceOption> options = options();
                boolean other = random.nextInt(4) == 0;
                int min = random.nextInt(Math.min(2, options.size()) + 1);
                int max = Math.max(1, min + random.nextInt(options.size() - min + 1));
                return new FieldType.MultipleChoice(options, other, min, max);
            }
            case 10, 11 -> {
                IdentifierKind[] kinds = IdentifierKind.values();
                return new FieldType.Identifier(kinds[random.nextInt(kinds.length)]);
            }
            case 12 -> {
                Set<String> mediaTypes = new LinkedHashSet<>();
                mediaTypes.add(MEDIA_TYPES.get(random.nextInt(MEDIA_TYPES.size())));
                mediaTypes.add(MEDIA_TYPES.get(random.nextInt(MEDIA_TYPES.size())));
                return new FieldType.FileUpload(
                        mediaTypes, 1_000 + random.nextInt(5_000_000), 1 + random.nextInt(3), null);
            }
            case 13 -> {
                return new FieldType.Display("Texte d'information.");
            }
            default -> {
                List<String> numbers = scope.stream()
                        .filter(f -> f.type() instanceof FieldType.IntegerNumber
                                || f.type() instanceof FieldType.DecimalNumber)
                        .map(Field::id)
                        .toList();
                if (numbers.isEmpty()) {
                    return new FieldType.YesNo();
                }
                return new FieldType.Computed(List.of(numbers.get(random.nextInt(numbers.size()))));
            }
        }
    }

    /** A condition on a field of the scope (or, at top level, on a block); {@code null} when none fits. */
    private @Nullable Condition condition(List<Field> scope, boolean blocksToo) {
        List<Field> candidates = new ArrayList<>(scope.isEmpty() ? outer : scope);
        candidates.removeIf(f -> f.type() instanceof FieldType.Display);
        if (blocksToo && !blocks.isEmpty() && (candidates.isEmpty() || random.nextInt(5) == 0)) {
            RepeatableBlock block = blocks.get(random.nextInt(blocks.size()));
            return new Condition.Count(block.id(), Condition.Comparator.GE, 1 + random.nextInt(2));
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Field field = candidates.get(random.nextInt(candidates.size()));
        Condition condition = leaf(field);
        return random.nextInt(6) == 0 ? new Condition.Not(condition) : condition;
    }

    private Condition leaf(Field field) {
        String id = field.id();
        FieldType type = field.type();
        if (type instanceof FieldType.SingleChoice t) {
            String value = t.options().get(random.nextInt(t.options().size())).value();
            return random.nextBoolean()
                    ? Condition.eq(id, value)
                    : new Condition.In(id, List.of(value), random.nextBoolean());
        } else if (type instanceof FieldType.MultipleChoice t) {
            return new Condition.Contains(id, t.options().get(0).value());
        } else if (type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox) {
            return new Condition.Compare(Condition.Comparator.EQ, id, new Condition.Literal.Bool(random.nextBoolean()));
        } else if (type instanceof FieldType.IntegerNumber
                || type instanceof FieldType.DecimalNumber
                || type instanceof FieldType.Computed) {
            Condition.Comparator comparator = random.nextBoolean() ? Condition.Comparator.GT : Condition.Comparator.LE;
            return new Condition.Compare(
                    comparator, id, new Condition.Literal.Number(BigDecimal.valueOf(random.nextInt(200))));
        } else if (type instanceof FieldType.DateField) {
            return new Condition.Compare(
                    Condition.Comparator.LT, id, new Condition.Literal.Date(DateBound.parse("today-P18Y")));
        } else if (type instanceof FieldType.Identifier t && t.kind() == IdentifierKind.CODE_POSTAL) {
            return new Condition.StartsWith(id, "7");
        }
        return new Condition.Empty(id, random.nextBoolean());
    }

    /** An exit rule's condition that holds for some answers only. */
    private @Nullable Condition avoidable() {
        List<Field> candidates = outer.stream()
                .filter(f -> f.type() instanceof FieldType.YesNo || f.type() instanceof FieldType.SingleChoice)
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Field field = candidates.get(random.nextInt(candidates.size()));
        if (field.type() instanceof FieldType.SingleChoice t && t.options().size() > 1) {
            return Condition.eq(field.id(), t.options().get(0).value());
        }
        if (field.type() instanceof FieldType.YesNo) {
            return new Condition.Compare(Condition.Comparator.EQ, field.id(), new Condition.Literal.Bool(true));
        }
        return null;
    }
}
