package fr.eadmin.test.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import fr.eadmin.test.arbitraries.BankingArbitraries;
import fr.eadmin.test.arbitraries.ContactArbitraries;
import fr.eadmin.test.arbitraries.IdentifierArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Generates submissions valid for one definition, walking it in order as a usager would: a page, section, block
 * or field is answered only when its condition holds on the answers given so far; required fields are answered,
 * optional ones sometimes; a page whose exit rule fires is answered again (up to {@value #PAGE_ATTEMPTS} times).
 * Values are drawn near the literals the definition's conditions compare with, so that conditions go both ways.
 */
final class SubmissionGenerator {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int PAGE_ATTEMPTS = 50;
    private static final int VALUE_ATTEMPTS = 50;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàâçôîùÉ'-";
    private static final String HEX = "0123456789abcdef";

    /** A shown field of a generated submission, answered or not, and the object its answer sits in. */
    record Slot(String path, Field field, ObjectNode container, boolean answered) {}

    /** A shown block of a generated submission. */
    record BlockSlot(RepeatableBlock block, int occurrences) {}

    /** A generated submission: its answers, and what was shown. */
    record Generated(ObjectNode answers, List<Slot> slots, List<BlockSlot> blocks) {}

    /** An answer as typed, and as the validator normalises it. */
    private record Answer(JsonNode raw, JsonNode normalised) {}

    private final FormDefinition definition;
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, List<Condition>> conditionsOn = new HashMap<>();
    private final Map<String, RegexGenerator.Compiled> patterns = new HashMap<>();
    private final Map<IdentifierKind, RandomGenerator<String>> identifiers = new EnumMap<>(IdentifierKind.class);

    SubmissionGenerator(FormDefinition definition) {
        this.definition = definition;
        for (Page page : definition.pages()) {
            collect(page.visibleIf());
            page.exitRules().stream().map(ExitRule::when).forEach(this::collect);
            collectNodes(page.nodes());
        }
    }

    /** The ids of fields and blocks some condition or computed value reads: defects must avoid them. */
    Set<String> referenced() {
        return referenced;
    }

    private void collectNodes(List<? extends Node> nodes) {
        for (Node node : nodes) {
            collect(node.visibleIf());
            if (node instanceof Section section) {
                collectNodes(section.nodes());
            } else if (node instanceof RepeatableBlock block) {
                collectNodes(block.fields());
            } else if (node instanceof Field field && field.type() instanceof FieldType.Computed computed) {
                referenced.addAll(computed.sumOf());
            }
        }
    }

    private void collect(@Nullable Condition condition) {
        if (condition == null) {
            return;
        }
        if (condition instanceof Condition.And and) {
            and.conditions().forEach(this::collect);
        } else if (condition instanceof Condition.Or or) {
            or.conditions().forEach(this::collect);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition());
        } else if (condition instanceof Condition.Count count) {
            referenced.add(count.block());
        } else {
            String field = fieldOf(condition);
            referenced.add(field);
            conditionsOn.computeIfAbsent(field, k -> new ArrayList<>()).add(condition);
        }
    }

    private static String fieldOf(Condition condition) {
        if (condition instanceof Condition.Compare c) {
            return c.field();
        } else if (condition instanceof Condition.Contains c) {
            return c.field();
        } else if (condition instanceof Condition.In c) {
            return c.field();
        } else if (condition instanceof Condition.Empty c) {
            return c.field();
        } else if (condition instanceof Condition.StartsWith c) {
            return c.field();
        }
        return ((Condition.Matches) condition).field();
    }

    /** The state of one generation. */
    private final class Run {
        final Random random;
        final LocalDate today;
        final ObjectNode raw = NODES.objectNode();
        final ObjectNode normalised = NODES.objectNode();
        final List<Slot> slots = new ArrayList<>();
        final List<BlockSlot> blocks = new ArrayList<>();

        Run(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
        }

        ConditionEvaluator scope(@Nullable ObjectNode occurrence) {
            return new ConditionEvaluator(today, normalised, occurrence);
        }

        boolean page(Page page) {
            if (!scope(null).holds(page.visibleIf())) {
                return true;
            }
            Set<String> rawKeys = keys(raw);
            Set<String> normalisedKeys = keys(normalised);
            int slotCount = slots.size();
            int blockCount = blocks.size();
            for (int attempt = 0; attempt < PAGE_ATTEMPTS; attempt++) {
                nodes(page.nodes(), raw, normalised, "", null);
                ConditionEvaluator scope = scope(null);
                if (page.exitRules().stream().noneMatch(rule -> scope.holds(rule.when()))) {
                    return true;
                }
                raw.retain(rawKeys);
                normalised.retain(normalisedKeys);
                slots.subList(slotCount, slots.size()).clear();
                blocks.subList(blockCount, blocks.size()).clear();
            }
            return false;
        }

        void nodes(
                List<? extends Node> nodes,
                ObjectNode rawTarget,
                ObjectNode normalisedTarget,
                String prefix,
                @Nullable ObjectNode occurrence) {
            for (Node node : nodes) {
                if (!scope(occurrence).holds(node.visibleIf())) {
                    continue;
                }
                if (node instanceof Field field) {
                    field(field, rawTarget, normalisedTarget, prefix, occurrence);
                } else if (node instanceof Section section) {
                    nodes(section.nodes(), rawTarget, normalisedTarget, prefix, occurrence);
                } else if (node instanceof RepeatableBlock block) {
                    block(block);
                }
            }
        }

        void field(
                Field field,
                ObjectNode rawTarget,
                ObjectNode normalisedTarget,
                String prefix,
                @Nullable ObjectNode occurrence) {
            String path = prefix + field.id();
            if (field.type() instanceof FieldType.Computed computed) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String id : computed.sumOf()) {
                    JsonNode value = occurrence != null && occurrence.has(id) ? occurrence.get(id) : normalised.get(id);
                    if (value != null && value.isNumber()) {
                        sum = sum.add(value.decimalValue());
                    }
                }
                normalisedTarget.put(field.id(), sum.stripTrailingZeros());
            }
            boolean answered = field.type().isInput() && (field.required() || random.nextInt(10) < 7);
            if (answered) {
                Answer answer = answer(field, random, today);
                rawTarget.set(field.id(), answer.raw());
                normalisedTarget.set(field.id(), answer.normalised());
            }
            slots.add(new Slot(path, field, rawTarget, answered));
        }

        void block(RepeatableBlock block) {
            int most = Math.min(block.maxOccurrences(), block.minOccurrences() + 3);
            int count = block.minOccurrences() + random.nextInt(most - block.minOccurrences() + 1);
            ArrayNode rawOccurrences = NODES.arrayNode();
            ArrayNode normalisedOccurrences = NODES.arrayNode();
            if (count > 0 || random.nextBoolean()) {
                raw.set(block.id(), rawOccurrences);
            }
            normalised.set(block.id(), normalisedOccurrences);
            for (int i = 0; i < count; i++) {
                ObjectNode rawOccurrence = rawOccurrences.addObject();
                ObjectNode normalisedOccurrence = normalisedOccurrences.addObject();
                nodes(
                        block.fields(),
                        rawOccurrence,
                        normalisedOccurrence,
                        block.id() + "[" + i + "].",
                        normalisedOccurrence);
            }
            blocks.add(new BlockSlot(block, count));
        }
    }

    private static Set<String> keys(ObjectNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * Generates a submission, or nothing when an exit rule fired on every attempt at a page.
     *
     * @throws IllegalArgumentException if a field cannot be answered at all (a pattern outside the supported
     *     subset, bounds no value meets)
     */
    Optional<Generated> generate(Random random, LocalDate today) {
        Run run = new Run(random, today);
        for (Page page : definition.pages()) {
            if (!run.page(page)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Generated(run.raw, List.copyOf(run.slots), List.copyOf(run.blocks)));
    }

    private Answer answer(Field field, Random random, LocalDate today) {
        FieldType type = field.type();
        List<Condition> hints = conditionsOn.getOrDefault(field.id(), List.of());
        if (type instanceof FieldType.ShortText t) {
            String text = t.pattern() == null
                    ? text(random, t.minLength(), t.maxLength(), false, hints)
                    : patterned(field.id(), t, random, hints);
            return spaced(text, random);
        } else if (type instanceof FieldType.LongText t) {
            return spaced(text(random, t.minLength(), t.maxLength(), true, hints), random);
        } else if (type instanceof FieldType.IntegerNumber t) {
            JsonNode value = NODES.numberNode(integer(t, random, hints));
            return new Answer(value, value);
        } else if (type instanceof FieldType.DecimalNumber t) {
            BigDecimal value = decimal(t, random, hints);
            return new Answer(NODES.numberNode(value), NODES.numberNode(value.stripTrailingZeros()));
        } else if (type instanceof FieldType.DateField t) {
            JsonNode value = NODES.textNode(date(t, random, today, hints).toString());
            return new Answer(value, value);
        } else if (type instanceof FieldType.YesNo) {
            JsonNode value = NODES.booleanNode(random.nextBoolean());
            return new Answer(value, value);
        } else if (type instanceof FieldType.Checkbox) {
            JsonNode value = NODES.booleanNode(field.required() || random.nextBoolean());
            return new Answer(value, value);
        } else if (type instanceof FieldType.SingleChoice t) {
            JsonNode value = NODES.textNode(single(t, random, hints));
            return new Answer(value, value);
        } else if (type instanceof FieldType.MultipleChoice t) {
            JsonNode value = multiple(t, random);
            return new Answer(value, value);
        } else if (type instanceof FieldType.Identifier t) {
            String typed = identifier(t.kind(), random, hints);
            return new Answer(NODES.textNode(typed), NODES.textNode(t.kind().canonical(typed.strip())));
        } else if (type instanceof FieldType.FileUpload t) {
            JsonNode value = files(t, random);
            return new Answer(value, value);
        }
        throw new IllegalArgumentException("no answer for a " + type.name() + " field");
    }

    /** Sometimes surrounds a text with blanks, which the validator strips. */
    private static Answer spaced(String text, Random random) {
        String typed = random.nextInt(5) == 0 ? " " + text + "\t" : text;
        return new Answer(NODES.textNode(typed), NODES.textNode(text));
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static boolean hinted(Random random, List<?> hints) {
        return !hints.isEmpty() && random.nextInt(3) > 0;
    }

    /** The texts conditions compare a field with: equal, among, contained, prefixes. */
    private static List<String> textHints(List<Condition> conditions, Random random) {
        List<String> texts = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition instanceof Condition.Compare c && c.value() instanceof Condition.Literal.Text text) {
                texts.add(text.value());
            } else if (condition instanceof Condition.In in) {
                texts.addAll(in.values());
            } else if (condition instanceof Condition.Contains contains) {
                texts.add(contains.value());
            } else if (condition instanceof Condition.StartsWith startsWith) {
                texts.add(startsWith.prefix() + word(random, 1 + random.nextInt(5)));
            }
        }
        return texts;
    }

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(LETTERS.charAt(random.nextInt(26)));
        }
        return out.toString();
    }

    private static boolean fits(String text, int min, int max, boolean multiline) {
        int length = text.codePointCount(0, text.length());
        return !text.isBlank()
                && text.equals(text.strip())
                && length >= min
                && length <= max
                && (multiline || text.indexOf('\n') < 0 && text.indexOf('\r') < 0);
    }

    private static String text(Random random, int min, int max, boolean multiline, List<Condition> conditions) {
        List<String> hints = textHints(conditions, random);
        if (hinted(random, hints)) {
            String hint = pick(hints, random);
            if (fits(hint, min, max, multiline)) {
                return hint;
            }
        }
        int low = Math.max(1, min);
        int length = low + random.nextInt(Math.min(max, low + 40) - low + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean inside = i > 0 && i < length - 1;
            int kind = random.nextInt(10);
            if (inside && kind == 0) {
                out.append(' ');
            } else if (inside && multiline && kind == 1) {
                out.append('\n');
            } else {
                out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return out.toString();
    }

    private String patterned(String id, FieldType.ShortText type, Random random, List<Condition> conditions) {
        String pattern = java.util.Objects.requireNonNull(type.pattern());
        java.util.regex.Pattern check = java.util.regex.Pattern.compile(pattern);
        List<String> hints = textHints(conditions, random);
        if (hinted(random, hints)) {
            String hint = pick(hints, random);
            if (fits(hint, type.minLength(), type.maxLength(), false)
                    && check.matcher(hint).matches()) {
                return hint;
            }
        }
        RegexGenerator.Compiled generator = patterns.computeIfAbsent(id, k -> RegexGenerator.compile(pattern));
        for (int attempt = 0; attempt < VALUE_ATTEMPTS; attempt++) {
            String text = generator.generate(random);
            if (fits(text, type.minLength(), type.maxLength(), false)
                    && check.matcher(text).matches()) {
                return text;
            }
        }
        throw new IllegalArgumentException("cannot generate a text of " + type.minLength() + " to " + type.maxLength()
                + " characters matching " + pattern + " for field " + id);
    }

    private static List<BigDecimal> numberHints(List<Condition> conditions) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition instanceof Condition.Compare c && c.value() instanceof Condition.Literal.Number number) {
                numbers.add(number.value().subtract(BigDecimal.ONE));
                numbers.add(number.value());
                numbers.add(number.value().add(BigDecimal.ONE));
            }
        }
        return numbers;
    }

    private static long integer(FieldType.IntegerNumber type, Random random, List<Condition> conditions) {
        long base = type.min() == null ? 0 : type.min();
        long low = type.min() != null ? type.min() : type.max() != null ? type.max() - 1_000 : -1_000;
        long high = type.max() != null ? type.max() : low + 100_000;
        List<BigDecimal> hints = numberHints(conditions);
        if (hinted(random, hints)) {
            BigDecimal hint = pick(hints, random).setScale(0, RoundingMode.FLOOR);
            long value = hint.longValue();
            if (value >= low && value <= high && Math.floorMod(value - base, type.step()) == 0) {
                return value;
            }
        }
        long first = Math.floorDiv(low - base + type.step() - 1, type.step());
        long last = Math.floorDiv(high - base, type.step());
        if (first > last) {
            throw new IllegalArgumentException("no integer meets " + type);
        }
        long k = first + (long) (random.nextDouble() * (last - first + 1));
        return base + Math.min(k, last) * type.step();
    }

    private static BigDecimal decimal(FieldType.DecimalNumber type, Random random, List<Condition> conditions) {
        BigDecimal low = type.min() != null
                ? type.min()
                : type.max() != null ? type.max().subtract(BigDecimal.valueOf(1_000)) : BigDecimal.valueOf(-1_000);
        BigDecimal high = type.max() != null ? type.max() : low.add(BigDecimal.valueOf(10_000));
        List<BigDecimal> hints = numberHints(conditions);
        BigDecimal base = type.min() == null ? BigDecimal.ZERO : type.min();
        if (hinted(random, hints)) {
            BigDecimal hint = pick(hints, random);
            if (hint.compareTo(low) >= 0
                    && hint.compareTo(high) <= 0
                    && (type.step() == null
                            || hint.subtract(base).remainder(type.step()).signum() == 0)) {
                return hint;
            }
        }
        if (type.step() != null) {
            BigInteger first = low.subtract(base)
                    .divide(type.step(), 0, RoundingMode.CEILING)
                    .toBigInteger();
            BigInteger last = high.subtract(base)
                    .divide(type.step(), 0, RoundingMode.FLOOR)
                    .toBigInteger();
            if (first.compareTo(last) > 0) {
                throw new IllegalArgumentException("no decimal meets " + type);
            }
            BigInteger k = first.add(between(last.subtract(first), random));
            return base.add(type.step().multiply(new BigDecimal(k)));
        }
        int scale = Math.max(2, Math.max(low.scale(), high.scale()));
        BigInteger units = high.subtract(low).movePointRight(scale).toBigInteger();
        return low.add(new BigDecimal(between(units, random), scale));
    }

    /** A random integer from 0 to {@code bound} included. */
    private static BigInteger between(BigInteger bound, Random random) {
        BigInteger value;
        do {
            value = new BigInteger(bound.bitLength() + 1, random);
        } while (value.compareTo(bound) > 0);
        return value;
    }

    private static LocalDate date(
            FieldType.DateField type, Random random, LocalDate today, List<Condition> conditions) {
        DateBound min = type.min();
        DateBound max = type.max();
        LocalDate low = min != null
                ? min.resolve(today)
                : max != null ? max.resolve(today).minusYears(20) : today.minusYears(10);
        LocalDate high = max != null ? max.resolve(today) : low.plusYears(20);
        if (low.isAfter(high)) {
            throw new IllegalArgumentException("no date meets " + type);
        }
        List<LocalDate> hints = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition instanceof Condition.Compare c && c.value() instanceof Condition.Literal.Date d) {
                LocalDate date = d.value().resolve(today);
                hints.add(date.minusDays(1));
                hints.add(date);
                hints.add(date.plusDays(1));
            }
        }
        if (hinted(random, hints)) {
            LocalDate hint = pick(hints, random);
            if (!hint.isBefore(low) && !hint.isAfter(high)) {
                return hint;
            }
        }
        long days = high.toEpochDay() - low.toEpochDay();
        return low.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static String single(FieldType.SingleChoice type, Random random, List<Condition> conditions) {
        Set<String> offered = values(type.options());
        List<String> hints = textHints(conditions, random).stream()
                .filter(hint -> offered.contains(hint) || type.other() && fits(hint, 1, 200, false))
                .toList();
        if (hinted(random, hints)) {
            return pick(hints, random);
        }
        if (type.other() && random.nextInt(6) == 0) {
            return other(offered, random);
        }
        return pick(type.options(), random).value();
    }

    private static String other(Set<String> offered, Random random) {
        String text;
        do {
            text = "Autre " + word(random, 1 + random.nextInt(12));
        } while (offered.contains(text));
        return text;
    }

    private static Set<String> values(List<ChoiceOption> options) {
        Set<String> values = new TreeSet<>();
        options.forEach(option -> values.add(option.value()));
        return values;
    }

    private static JsonNode multiple(FieldType.MultipleChoice type, Random random) {
        Set<String> offered = values(type.options());
        int available = type.options().size() + (type.other() ? 3 : 0);
        int low = Math.max(1, type.minSelected());
        int high = Math.min(type.maxSelected(), available);
        if (low > high) {
            throw new IllegalArgumentException("no selection meets " + type);
        }
        int count = low + random.nextInt(high - low + 1);
        List<String> pool = new ArrayList<>(offered);
        java.util.Collections.shuffle(pool, random);
        ArrayNode out = NODES.arrayNode();
        Set<String> chosen = new HashSet<>();
        for (String value : pool) {
            if (chosen.size() < count && (!type.other() || random.nextInt(4) > 0)) {
                chosen.add(value);
                out.add(value);
            }
        }
        while (chosen.size() < count) {
            String value = type.other() ? other(offered, random) : pool.get(random.nextInt(pool.size()));
            if (chosen.add(value)) {
                out.add(value);
            }
        }
        return out;
    }

    private String identifier(IdentifierKind kind, Random random, List<Condition> conditions) {
        RandomGenerator<String> generator =
                identifiers.computeIfAbsent(kind, k -> identifierArbitrary(k).generator(1_000));
        List<String> hints = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition instanceof Condition.StartsWith startsWith) {
                hints.add(startsWith.prefix());
            } else if (condition instanceof Condition.Compare c && c.value() instanceof Condition.Literal.Text text) {
                hints.add(text.value());
            } else if (condition instanceof Condition.In in) {
                hints.addAll(in.values());
            }
        }
        boolean hinted = hinted(random, hints);
        for (int attempt = 0; attempt < VALUE_ATTEMPTS; attempt++) {
            String typed = generator.next(random).value();
            if (!valid(kind, typed)) {
                continue;
            }
            if (!hinted) {
                return typed;
            }
            // A value that starts with the hint: the hint, then the end of a valid value.
            String hint = pick(hints, random);
            String canonical = kind.canonical(typed.strip());
            String candidate = hint.length() < canonical.length() ? hint + canonical.substring(hint.length()) : hint;
            if (valid(kind, candidate)) {
                return candidate;
            }
        }
        for (int attempt = 0; attempt < VALUE_ATTEMPTS; attempt++) {
            String typed = generator.next(random).value();
            if (valid(kind, typed)) {
                return typed;
            }
        }
        throw new IllegalArgumentException("cannot generate a valid " + kind.jsonName() + " of at most 100 characters");
    }

    static boolean valid(IdentifierKind kind, String typed) {
        String text = typed.strip();
        return text.length() <= 100 && kind.isValid(text);
    }

    private static Arbitrary<String> identifierArbitrary(IdentifierKind kind) {
        return switch (kind) {
            case EMAIL -> ContactArbitraries.emails().map(e -> e.value());
            case TELEPHONE -> ContactArbitraries.telephones().map(t -> t.value());
            case CODE_POSTAL -> IdentifierArbitraries.codesPostauxStrings();
            case SIRET -> IdentifierArbitraries.siretStrings();
            case SIREN -> IdentifierArbitraries.sirenStrings();
            case RNA -> IdentifierArbitraries.rnaStrings();
            case NIR -> IdentifierArbitraries.nirStrings();
            case IBAN -> BankingArbitraries.ibans().map(i -> i.value());
            case BIC -> BankingArbitraries.bics().map(b -> b.toString());
            case CODE_INSEE -> IdentifierArbitraries.codesInseeStrings();
        };
    }

    static String sha256Hex(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            out.append(HEX.charAt(random.nextInt(16)));
        }
        return out.toString();
    }

    private static JsonNode files(FieldType.FileUpload type, Random random) {
        List<String> mediaTypes = new ArrayList<>(new TreeSet<>(type.mediaTypes()));
        int count = 1 + random.nextInt(Math.min(type.maxCount(), 3));
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            long size = 1 + (long) (random.nextDouble() * Math.min(type.maxSize(), 20_000_000L));
            out.addObject()
                    .put("blob", sha256Hex(random))
                    .put("size", Math.min(size, type.maxSize()))
                    .put("mediaType", pick(mediaTypes, random));
        }
        return out;
    }
}
