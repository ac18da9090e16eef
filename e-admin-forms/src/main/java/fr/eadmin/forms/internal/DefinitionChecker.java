package fr.eadmin.forms.internal;

import fr.eadmin.forms.Condition;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.InvalidFormDefinitionException;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules a whole definition must follow: unique ids, conditions naming fields (or blocks) declared
 * before, computed values adding number fields declared before, compared values of the right type. Building a
 * definition stops at the first problem; the linter collects them all.
 */
public final class DefinitionChecker {
    /**
     * One broken rule.
     *
     * @param path where, in the JSON shape of the definition ({@code pages[0].nodes[2].visibleIf.field})
     * @param code a stable code: {@code duplicate-id}, {@code unknown-reference}, {@code forward-reference},
     *     {@code not-a-block}, {@code not-a-number-field}, {@code incompatible-comparison}
     * @param message what is wrong
     */
    public record Problem(String path, String code, String message) {}

    private final Set<String> ids = new HashSet<>();
    /** Every id of the definition, to tell a reference to a node declared later from an unknown one. */
    private final Set<String> allIds;
    /** Fields and blocks visible to conditions at top level, by id. */
    private final Map<String, Object> outer = new HashMap<>();

    private final List<Problem> problems = new ArrayList<>();
    private final boolean collect;

    private DefinitionChecker(Set<String> allIds, boolean collect) {
        this.allIds = allIds;
        this.collect = collect;
    }

    /**
     * Checks the pages of a definition.
     *
     * @param pages the pages
     * @throws InvalidFormDefinitionException naming the path of the first error
     */
    public static void check(List<Page> pages) {
        run(pages, false);
    }

    /**
     * Every broken rule of the pages of a definition, in the order of the definition.
     *
     * @param pages the pages
     * @return the problems, empty when the pages make a valid definition
     */
    public static List<Problem> problems(List<Page> pages) {
        return run(pages, true);
    }

    private static List<Problem> run(List<Page> pages, boolean collect) {
        Set<String> all = new HashSet<>();
        if (collect) {
            Nodes.forEach(pages, (node, path) -> all.add(node.id()));
        }
        DefinitionChecker checker = new DefinitionChecker(all, collect);
        for (int i = 0; i < pages.size(); i++) {
            checker.page(pages.get(i), "pages[" + i + "]");
        }
        return List.copyOf(checker.problems);
    }

    private void problem(String path, String code, String message) {
        if (!collect) {
            throw new InvalidFormDefinitionException(path, message);
        }
        problems.add(new Problem(path, code, message));
    }

    private String undeclared(String id) {
        return allIds.contains(id) ? "forward-reference" : "unknown-reference";
    }

    private void page(Page page, String path) {
        unique(page.id(), path + ".id");
        condition(page.visibleIf(), path + ".visibleIf", outer, Map.of());
        nodes(page.nodes(), path + ".nodes");
        List<ExitRule> rules = page.exitRules();
        for (int i = 0; i < rules.size(); i++) {
            String rulePath = path + ".exitRules[" + i + "]";
            unique(rules.get(i).id(), rulePath + ".id");
            condition(rules.get(i).when(), rulePath + ".when", outer, Map.of());
        }
    }

    private void nodes(List<Node> nodes, String path) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String nodePath = path + "[" + i + "]";
            unique(node.id(), nodePath + ".id");
            condition(node.visibleIf(), nodePath + ".visibleIf", outer, Map.of());
            if (node instanceof Field field) {
                computed(field, nodePath, outer, Map.of());
                outer.put(field.id(), field);
            } else if (node instanceof Section section) {
                nodes(section.nodes(), nodePath + ".nodes");
            } else if (node instanceof RepeatableBlock block) {
                Map<String, Object> inner = new HashMap<>();
                List<Field> fields = block.fields();
                for (int j = 0; j < fields.size(); j++) {
                    Field field = fields.get(j);
                    String fieldPath = nodePath + ".fields[" + j + "]";
                    unique(field.id(), fieldPath + ".id");
                    condition(field.visibleIf(), fieldPath + ".visibleIf", outer, inner);
                    computed(field, fieldPath, outer, inner);
                    inner.put(field.id(), field);
                }
                outer.put(block.id(), block);
            }
        }
    }

    private void unique(String id, String path) {
        if (!ids.add(id)) {
            problem(path, "duplicate-id", "duplicate id '" + id + "'");
        }
    }

    private static @Nullable Object lookup(String id, Map<String, Object> outer, Map<String, Object> inner) {
        Object found = inner.get(id);
        return found != null ? found : outer.get(id);
    }

    private void computed(Field field, String path, Map<String, Object> outer, Map<String, Object> inner) {
        if (field.type() instanceof FieldType.Computed computed) {
            for (String id : computed.sumOf()) {
                Object target = lookup(id, outer, inner);
                if (!(target instanceof Field f && Values.isNumber(f.type()))) {
                    problem(
                            path + ".type.sumOf",
                            target == null ? undeclared(id) : "not-a-number-field",
                            "'" + id + "' is not a number field declared before");
                }
            }
        }
    }

    private void condition(
            @Nullable Condition condition, String path, Map<String, Object> outer, Map<String, Object> inner) {
        if (condition == null) {
            return;
        }
        if (condition instanceof Condition.And and) {
            for (int i = 0; i < and.conditions().size(); i++) {
                condition(and.conditions().get(i), path + ".conditions[" + i + "]", outer, inner);
            }
        } else if (condition instanceof Condition.Or or) {
            for (int i = 0; i < or.conditions().size(); i++) {
                condition(or.conditions().get(i), path + ".conditions[" + i + "]", outer, inner);
            }
        } else if (condition instanceof Condition.Not not) {
            condition(not.condition(), path + ".condition", outer, inner);
        } else if (condition instanceof Condition.Count count) {
            Object target = lookup(count.block(), outer, inner);
            if (!(target instanceof RepeatableBlock)) {
                problem(
                        path + ".block",
                        target == null ? undeclared(count.block()) : "not-a-block",
                        "'" + count.block() + "' is not a block declared before");
            }
        } else {
            String id = Conditions.fieldOf(condition);
            Object target = lookup(id, outer, inner);
            if (!(target instanceof Field field) || !field.type().isInput() && !isComputed(field)) {
                problem(
                        path + ".field",
                        target == null ? undeclared(id) : "not-an-answer",
                        "'" + id + "' is not a field declared before");
                return;
            }
            if (condition instanceof Condition.Compare compare) {
                compared(compare, field.type(), path);
            }
        }
    }

    private static boolean isComputed(Field field) {
        return field.type() instanceof FieldType.Computed;
    }

    private void compared(Condition.Compare compare, FieldType type, String path) {
        Condition.Literal value = compare.value();
        boolean fits;
        if (value instanceof Condition.Literal.Number) {
            fits = Values.isNumber(type);
        } else if (value instanceof Condition.Literal.Date) {
            fits = type instanceof FieldType.DateField;
        } else if (value instanceof Condition.Literal.Bool) {
            fits = type instanceof FieldType.YesNo || type instanceof FieldType.Checkbox;
        } else {
            fits = Values.isText(type) || type instanceof FieldType.DateField;
        }
        if (!fits) {
            problem(
                    path + ".value",
                    "incompatible-comparison",
                    "a " + type.name() + " field cannot be compared with this value");
        }
    }
}
