package fr.eadmin.forms.lint;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.internal.Conditions;
import fr.eadmin.forms.internal.DefinitionChecker;
import fr.eadmin.forms.internal.DefinitionReader;
import fr.eadmin.forms.internal.Nodes;
import fr.eadmin.forms.internal.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the problems of a form definition, all of them rather than the first one.
 *
 * {@snippet :
 * LintReport report = FormDefinitionChecker.checkFile(Path.of("forms/inscription.json"));
 * report.findings().forEach(f -> System.out.println(f.toLine()));
 * }
 *
 * <p>Errors (the definition cannot be loaded, or cannot work): {@code malformed-document}, {@code
 * unknown-property}, {@code missing-property}, {@code invalid-regex}, {@code choice-without-options}, {@code
 * duplicate-option}, {@code invalid-definition}, {@code duplicate-id}, {@code unknown-reference}, {@code
 * forward-reference}, {@code cycle}, {@code not-a-block}, {@code not-an-answer}, {@code not-a-number-field},
 * {@code incompatible-comparison}, {@code unreachable-page}, {@code required-never-shown}, {@code
 * exit-rule-always-true}. Warnings (dead or redundant parts): {@code never-shown}, {@code
 * condition-always-true}, {@code exit-rule-never-applies}, {@code unknown-option}, {@code impossible-value},
 * {@code empty-page}.
 *
 * <p>Conditions are folded to a constant where the definition decides them: a choice compared with a value
 * that is not one of its options, a number compared outside its bounds, an identifier compared with a text that
 * is not in canonical form, a count of occurrences outside the block's bounds, and the {@code and}, {@code or},
 * {@code not} of such conditions.
 *
 * <p>Reading stops at the first property or node that cannot be read at all (one finding); once every page is
 * read, the rules of the whole definition are checked together and every broken one is reported.
 */
public final class FormDefinitionChecker {
    private final Map<String, Field> fields = new HashMap<>();
    private final Map<String, RepeatableBlock> blocks = new HashMap<>();
    private final Set<String> surelyShownBlocks = new LinkedHashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    private FormDefinitionChecker() {}

    /**
     * Lints JSON text.
     *
     * @param json the JSON text of a definition
     * @return the findings
     */
    public static LintReport checkJson(String json) {
        return checkText(Objects.requireNonNull(json, "json"), false);
    }

    /**
     * Lints YAML text.
     *
     * @param yaml the YAML text of a definition
     * @return the findings
     */
    public static LintReport checkYaml(String yaml) {
        return checkText(Objects.requireNonNull(yaml, "yaml"), true);
    }

    /**
     * Lints a definition file: YAML when its name ends with {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param file the file, in UTF-8
     * @return the findings
     * @throws UncheckedIOException if the file cannot be read
     */
    public static LintReport checkFile(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checkText(text, isYaml(file));
    }

    /**
     * Whether a file holds YAML, by its name.
     *
     * @param file the file
     * @return {@code true} for {@code .yaml} and {@code .yml}
     */
    public static boolean isYaml(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static LintReport checkText(String text, boolean yaml) {
        JsonNode root;
        try {
            root = StrictJson.definitionTree(text, yaml);
        } catch (InvalidFormDefinitionException e) {
            return new LintReport(List.of(Finding.error(LintReport.MALFORMED, "", e.reason())));
        }
        DefinitionReader.Unchecked raw;
        try {
            raw = DefinitionReader.unchecked(root);
        } catch (InvalidFormDefinitionException e) {
            return new LintReport(List.of(loadError(e.path(), e.reason())));
        } catch (IllegalArgumentException e) {
            return new LintReport(List.of(loadError("", String.valueOf(e.getMessage()))));
        }
        List<DefinitionChecker.Problem> problems = DefinitionChecker.problems(raw.pages());
        if (!problems.isEmpty()) {
            List<Finding> found = new ArrayList<>();
            for (DefinitionChecker.Problem problem : problems) {
                found.add(Finding.error(problem.code(), pointer(problem.path()), problem.message()));
            }
            if (problems.stream().anyMatch(p -> p.code().equals("forward-reference"))) {
                found.addAll(cycles(raw.pages()));
            }
            return new LintReport(found);
        }
        FormDefinition definition;
        try {
            definition = new FormDefinition(raw.id(), raw.version(), raw.title(), raw.pages());
        } catch (InvalidFormDefinitionException e) {
            return new LintReport(List.of(loadError(e.path(), e.reason())));
        } catch (IllegalArgumentException e) {
            return new LintReport(List.of(loadError("", String.valueOf(e.getMessage()))));
        }
        return check(definition);
    }

    private static Finding loadError(String path, String reason) {
        String code;
        if (reason.startsWith("invalid regular expression")) {
            code = "invalid-regex";
        } else if (reason.equals("a choice needs at least one option")) {
            code = "choice-without-options";
        } else if (reason.equals("duplicate option value")) {
            code = "duplicate-option";
        } else if (reason.equals("unknown property")) {
            code = "unknown-property";
        } else if (reason.equals("is required")) {
            code = "missing-property";
        } else if (reason.equals("empty document")) {
            code = LintReport.MALFORMED;
        } else {
            code = "invalid-definition";
        }
        return Finding.error(code, pointer(path), reason);
    }

    /**
     * The JSON Pointer of a path in the JSON shape of a definition.
     *
     * @param path a path like {@code pages[1].nodes[3].type}
     * @return the pointer, like {@code /pages/1/nodes/3/type}
     */
    static String pointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        return "/" + path.replace("]", "").replace('[', '/').replace('.', '/');
    }

    /**
     * Lints a definition (which, being built, already follows the rules of ids and references).
     *
     * @param definition the definition
     * @return the findings
     */
    public static LintReport check(FormDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        FormDefinitionChecker checker = new FormDefinitionChecker();
        checker.run(definition);
        return new LintReport(checker.findings);
    }

    private void run(FormDefinition definition) {
        List<Nodes.Located> all = Nodes.all(definition.pages());
        Map<String, List<Nodes.Located>> byPage = new HashMap<>();
        for (Nodes.Located located : all) {
            byPage.computeIfAbsent(located.page(), page -> new ArrayList<>()).add(located);
            if (located.node() instanceof Field field) {
                fields.put(field.id(), field);
            } else if (located.node() instanceof RepeatableBlock block) {
                blocks.put(block.id(), block);
            }
        }
        Map<Node, Truth> shown = new IdentityHashMap<>();
        String stoppedBy = null;
        List<Page> pages = definition.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String path = "pages[" + i + "]";
            if (page.nodes().isEmpty()) {
                findings.add(Finding.warning("empty-page", pointer(path), "page '" + page.id() + "' has no node"));
            }
            Truth visible = visibility(page.visibleIf(), path + ".visibleIf", "page '" + page.id() + "'");
            boolean reachable = true;
            if (stoppedBy != null) {
                reachable = false;
                findings.add(Finding.error(
                        "unreachable-page",
                        pointer(path),
                        "page '" + page.id() + "' can never be reached: exit rule '" + stoppedBy
                                + "' stops every usager before it"));
            } else if (visible == Truth.FALSE) {
                reachable = false;
                findings.add(Finding.error(
                        "unreachable-page", pointer(path), "page '" + page.id() + "' can never be shown"));
            }
            for (Nodes.Located located : byPage.getOrDefault(page.id(), List.of())) {
                node(located, reachable && visible == Truth.TRUE, reachable, shown);
            }
            List<ExitRule> rules = page.exitRules();
            for (int j = 0; j < rules.size(); j++) {
                ExitRule rule = rules.get(j);
                String rulePath = path + ".exitRules[" + j + "]";
                Truth when = fold(rule.when(), rulePath + ".when");
                if (when == Truth.TRUE && reachable) {
                    findings.add(Finding.error(
                            "exit-rule-always-true",
                            pointer(rulePath + ".when"),
                            "exit rule '" + rule.id() + "' always holds: no usager can go past page '" + page.id()
                                    + "'"));
                    if (visible == Truth.TRUE && stoppedBy == null) {
                        stoppedBy = rule.id();
                    }
                } else if (when == Truth.FALSE) {
                    findings.add(Finding.warning(
                            "exit-rule-never-applies",
                            pointer(rulePath + ".when"),
                            "exit rule '" + rule.id() + "' can never hold"));
                }
            }
        }
    }

    /**
     * Lints one node.
     *
     * @param located the node
     * @param pageSurelyShown whether its page is shown to every usager
     * @param pageReachable whether its page can be shown at all
     * @param shown the visibility of the nodes seen so far
     */
    private void node(Nodes.Located located, boolean pageSurelyShown, boolean pageReachable, Map<Node, Truth> shown) {
        Node node = located.node();
        Truth own = visibility(node.visibleIf(), located.path() + ".visibleIf", "'" + node.id() + "'");
        shown.put(node, own);
        boolean never = !pageReachable || own == Truth.FALSE;
        boolean surely = pageSurelyShown && own == Truth.TRUE;
        for (Node ancestor : located.ancestors()) {
            Truth truth = shown.getOrDefault(ancestor, Truth.UNKNOWN);
            never |= truth == Truth.FALSE;
            surely &= truth == Truth.TRUE;
        }
        if (node instanceof RepeatableBlock block && surely) {
            surelyShownBlocks.add(block.id());
        }
        if (never && node instanceof Field field && field.required()) {
            findings.add(Finding.error(
                    "required-never-shown",
                    pointer(located.path()),
                    "required field '" + field.id() + "' can never be shown"));
        }
    }

    /** Folds a visibility condition and reports one that never or always holds; absent means always shown. */
    private Truth visibility(@Nullable Condition condition, String path, String what) {
        if (condition == null) {
            return Truth.TRUE;
        }
        Truth truth = fold(condition, path);
        if (truth == Truth.FALSE) {
            findings.add(
                    Finding.warning("never-shown", pointer(path), what + " is never shown: its condition never holds"));
        } else if (truth == Truth.TRUE) {
            findings.add(Finding.warning(
                    "condition-always-true", pointer(path), what + " is always shown: its condition always holds"));
        }
        return truth;
    }

    private Truth fold(Condition condition, String path) {
        if (condition instanceof Condition.And and) {
            return Truth.and(folds(and.conditions(), path));
        } else if (condition instanceof Condition.Or or) {
            return Truth.or(folds(or.conditions(), path));
        } else if (condition instanceof Condition.Not not) {
            return fold(not.condition(), path + ".condition").not();
        } else if (condition instanceof Condition.Count count) {
            return count(count);
        } else if (condition instanceof Condition.Compare compare) {
            return compare(compare, path);
        } else if (condition instanceof Condition.In in) {
            Field field = fields.get(in.field());
            if (field != null && field.type() instanceof FieldType.SingleChoice choice && !choice.other()) {
                boolean any = false;
                for (String value : in.values()) {
                    any |= option(field, choice.options(), value, path);
                }
                return any ? Truth.UNKNOWN : Truth.of(in.negated());
            }
        } else if (condition instanceof Condition.Contains contains) {
            Field field = fields.get(contains.field());
            if (field != null && field.type() instanceof FieldType.MultipleChoice choice && !choice.other()) {
                return option(field, choice.options(), contains.value(), path) ? Truth.UNKNOWN : Truth.FALSE;
            }
        }
        return Truth.UNKNOWN;
    }

    private List<Truth> folds(List<Condition> conditions, String path) {
        List<Truth> truths = new ArrayList<>(conditions.size());
        for (int i = 0; i < conditions.size(); i++) {
            truths.add(fold(conditions.get(i), path + ".conditions[" + i + "]"));
        }
        return truths;
    }

    private boolean option(Field field, List<fr.eadmin.forms.ChoiceOption> options, String value, String path) {
        for (fr.eadmin.forms.ChoiceOption option : options) {
            if (option.value().equals(value)) {
                return true;
            }
        }
        findings.add(Finding.warning(
                "unknown-option", pointer(path), "'" + value + "' is not an option of '" + field.id() + "'"));
        return false;
    }

    private Truth count(Condition.Count count) {
        RepeatableBlock block = blocks.get(count.block());
        if (block == null) {
            return Truth.UNKNOWN;
        }
        int low = surelyShownBlocks.contains(block.id()) ? block.minOccurrences() : 0;
        int high = block.maxOccurrences();
        boolean all = true;
        boolean none = true;
        for (int n = low; n <= high; n++) {
            boolean holds = count.comparator().holds(Integer.compare(n, count.value()));
            all &= holds;
            none &= !holds;
        }
        return all ? Truth.TRUE : none ? Truth.FALSE : Truth.UNKNOWN;
    }

    private Truth compare(Condition.Compare compare, String path) {
        Field field = fields.get(compare.field());
        if (field == null) {
            return Truth.UNKNOWN;
        }
        Condition.Comparator comparator = compare.comparator();
        Condition.Literal literal = compare.value();
        boolean equality = comparator == Condition.Comparator.EQ || comparator == Condition.Comparator.NE;
        Truth never = Truth.of(comparator == Condition.Comparator.NE);
        FieldType type = field.type();
        if (literal instanceof Condition.Literal.Text text && equality) {
            if (type instanceof FieldType.SingleChoice choice && !choice.other()) {
                return option(field, choice.options(), text.value(), path) ? Truth.UNKNOWN : never;
            }
            if (type instanceof FieldType.Identifier identifier) {
                var kind = identifier.kind();
                String value = text.value();
                if (value.length() > 100
                        || !kind.isValid(value)
                        || !kind.canonical(value).equals(value)) {
                    findings.add(Finding.warning(
                            "impossible-value",
                            pointer(path + ".value"),
                            "'" + field.id() + "' is never equal to this value: it is not " + kind.expected()
                                    + " in canonical form"));
                    return never;
                }
            }
        } else if (literal instanceof Condition.Literal.Number number) {
            java.math.BigDecimal min = null;
            java.math.BigDecimal max = null;
            boolean integral = false;
            if (type instanceof FieldType.IntegerNumber t) {
                min = t.min() == null ? null : java.math.BigDecimal.valueOf(t.min());
                max = t.max() == null ? null : java.math.BigDecimal.valueOf(t.max());
                integral = true;
            } else if (type instanceof FieldType.DecimalNumber t) {
                min = t.min();
                max = t.max();
            }
            if (Numbers.impossible(comparator, number.value(), min, max, integral)) {
                findings.add(Finding.warning(
                        "impossible-value",
                        pointer(path + ".value"),
                        "'" + field.id() + "' never compares " + comparator.op() + " this value: it is outside the"
                                + " bounds of the field"));
                return never;
            }
        }
        return Truth.UNKNOWN;
    }

    /** Finds cycles among forward references (conditions and computed values), without recursion. */
    private static List<Finding> cycles(List<Page> pages) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (Nodes.Located located : Nodes.all(pages)) {
            Node node = located.node();
            List<String> refs = new ArrayList<>();
            if (node.visibleIf() != null) {
                references(node.visibleIf(), refs);
            }
            if (node instanceof Field field && field.type() instanceof FieldType.Computed computed) {
                refs.addAll(computed.sumOf());
            }
            graph.putIfAbsent(node.id(), refs);
            paths.putIfAbsent(node.id(), located.path());
        }
        List<Finding> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
        for (String start : graph.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            stack.push(start);
            next.push(0);
            state.put(start, 1);
            while (!stack.isEmpty()) {
                String id = stack.peek();
                int index = next.pop();
                List<String> refs = graph.getOrDefault(id, List.of());
                if (index < refs.size()) {
                    next.push(index + 1);
                    String ref = refs.get(index);
                    Integer seen = state.get(ref);
                    if (seen == null && graph.containsKey(ref)) {
                        state.put(ref, 1);
                        stack.push(ref);
                        next.push(0);
                    } else if (seen != null && seen == 1) {
                        List<String> cycle = new ArrayList<>();
                        for (String member : stack) {
                            cycle.add(0, member);
                            if (member.equals(ref)) {
                                break;
                            }
                        }
                        cycle.add(ref);
                        found.add(Finding.error(
                                "cycle",
                                pointer(paths.getOrDefault(ref, "")),
                                "cycle between conditions or computed values: " + String.join(" -> ", cycle)));
                    }
                } else {
                    state.put(id, 2);
                    stack.pop();
                }
            }
        }
        return found;
    }

    private static void references(Condition root, List<String> out) {
        Deque<Condition> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Condition condition = pending.pop();
            if (condition instanceof Condition.And and) {
                and.conditions().forEach(pending::push);
            } else if (condition instanceof Condition.Or or) {
                or.conditions().forEach(pending::push);
            } else if (condition instanceof Condition.Not not) {
                pending.push(not.condition());
            } else if (condition instanceof Condition.Count count) {
                out.add(count.block());
            } else {
                out.add(Conditions.fieldOf(condition));
            }
        }
    }
}
