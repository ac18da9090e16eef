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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules a whole definition must follow: unique ids, conditions naming fields (or blocks) declared
 * before, computed values adding number fields declared before, compared values of the right type.
 */
public final class DefinitionChecker {
    private final Set<String> ids = new HashSet<>();
    /** Fields and blocks visible to conditions at top level, by id. */
    private final Map<String, Object> outer = new HashMap<>();

    private DefinitionChecker() {}

    /**
     * Checks the pages of a definition.
     *
     * @param pages the pages
     * @throws InvalidFormDefinitionException naming the path of the first error
     */
    public static void check(List<Page> pages) {
        DefinitionChecker checker = new DefinitionChecker();
        for (int i = 0; i < pages.size(); i++) {
            checker.page(pages.get(i), "pages[" + i + "]");
        }
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
            throw new InvalidFormDefinitionException(path, "duplicate id '" + id + "'");
        }
    }

    private static @Nullable Object lookup(String id, Map<String, Object> outer, Map<String, Object> inner) {
        Object found = inner.get(id);
        return found != null ? found : outer.get(id);
    }

    private static void computed(Field field, String path, Map<String, Object> outer, Map<String, Object> inner) {
        if (field.type() instanceof FieldType.Computed computed) {
            for (String id : computed.sumOf()) {
                Object target = lookup(id, outer, inner);
                if (!(target instanceof Field f && Values.isNumber(f.type()))) {
                    throw new InvalidFormDefinitionException(
                            path + ".type.sumOf", "'" + id + "' is not a number field declared before");
                }
            }
        }
    }

    private static void condition(
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
            if (!(lookup(count.block(), outer, inner) instanceof RepeatableBlock)) {
                throw new InvalidFormDefinitionException(
                        path + ".block", "'" + count.block() + "' is not a block declared before");
            }
        } else {
            String id = Conditions.fieldOf(condition);
            if (!(lookup(id, outer, inner) instanceof Field field)
                    || !field.type().isInput() && !isComputed(field)) {
                throw new InvalidFormDefinitionException(
                        path + ".field", "'" + id + "' is not a field declared before");
            }
            if (condition instanceof Condition.Compare compare) {
                compared(compare, field.type(), path);
            }
        }
    }

    private static boolean isComputed(Field field) {
        return field.type() instanceof FieldType.Computed;
    }

    private static void compared(Condition.Compare compare, FieldType type, String path) {
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
            throw new InvalidFormDefinitionException(
                    path + ".value", "a " + type.name() + " field cannot be compared with this value");
        }
    }
}
