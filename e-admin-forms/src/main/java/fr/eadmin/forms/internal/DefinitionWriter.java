package fr.eadmin.forms.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.ChoiceOption;
import fr.eadmin.forms.Condition;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a definition as the tree {@link DefinitionReader} reads back: same properties, defaults left out, sets
 * (media types) sorted so that the output is stable.
 */
public final class DefinitionWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DefinitionWriter() {}

    /**
     * The tree of a definition.
     *
     * @param definition the definition
     * @return a new JSON object
     */
    public static ObjectNode tree(FormDefinition definition) {
        ObjectNode root = NODES.objectNode();
        root.put("id", definition.id());
        root.put("version", definition.version());
        root.put("title", definition.title());
        ArrayNode pages = root.putArray("pages");
        for (Page page : definition.pages()) {
            pages.add(page(page));
        }
        return root;
    }

    private static ObjectNode page(Page page) {
        ObjectNode o = NODES.objectNode();
        o.put("id", page.id());
        o.put("title", page.title());
        visibleIf(o, page.visibleIf());
        o.set("nodes", nodes(page.nodes()));
        if (!page.exitRules().isEmpty()) {
            ArrayNode rules = o.putArray("exitRules");
            for (ExitRule rule : page.exitRules()) {
                ObjectNode r = rules.addObject();
                r.put("id", rule.id());
                r.set("when", condition(rule.when()));
                r.put("message", rule.message());
            }
        }
        return o;
    }

    private static ArrayNode nodes(List<? extends Node> nodes) {
        ArrayNode array = NODES.arrayNode();
        for (Node node : nodes) {
            array.add(node(node));
        }
        return array;
    }

    private static ObjectNode node(Node node) {
        ObjectNode o = NODES.objectNode();
        if (node instanceof Field field) {
            o.put("node", "field");
            o.put("id", field.id());
            o.put("label", field.label());
            if (field.required()) {
                o.put("required", true);
            }
            o.set("type", type(field.type()));
        } else if (node instanceof Section section) {
            o.put("node", "section");
            o.put("id", section.id());
            o.put("title", section.title());
            o.set("nodes", nodes(section.nodes()));
        } else if (node instanceof RepeatableBlock block) {
            o.put("node", "block");
            o.put("id", block.id());
            o.put("label", block.label());
            o.put("minOccurrences", block.minOccurrences());
            o.put("maxOccurrences", block.maxOccurrences());
            o.set("fields", nodes(block.fields()));
        }
        visibleIf(o, node.visibleIf());
        return o;
    }

    private static void visibleIf(ObjectNode o, @Nullable Condition condition) {
        if (condition != null) {
            o.set("visibleIf", condition(condition));
        }
    }

    private static ObjectNode type(FieldType type) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", type.name());
        if (type instanceof FieldType.ShortText t) {
            o.put("minLength", t.minLength());
            o.put("maxLength", t.maxLength());
            if (t.pattern() != null) {
                o.put("pattern", t.pattern());
            }
        } else if (type instanceof FieldType.LongText t) {
            o.put("minLength", t.minLength());
            o.put("maxLength", t.maxLength());
        } else if (type instanceof FieldType.IntegerNumber t) {
            putIfPresent(o, "min", t.min());
            putIfPresent(o, "max", t.max());
            o.put("step", t.step());
        } else if (type instanceof FieldType.DecimalNumber t) {
            if (t.min() != null) {
                o.put("min", t.min());
            }
            if (t.max() != null) {
                o.put("max", t.max());
            }
            if (t.step() != null) {
                o.put("step", t.step());
            }
        } else if (type instanceof FieldType.DateField t) {
            if (t.min() != null) {
                o.put("min", t.min().text());
            }
            if (t.max() != null) {
                o.put("max", t.max().text());
            }
        } else if (type instanceof FieldType.SingleChoice t) {
            options(o, t.options());
            o.put("other", t.other());
        } else if (type instanceof FieldType.MultipleChoice t) {
            options(o, t.options());
            o.put("other", t.other());
            o.put("minSelected", t.minSelected());
            o.put("maxSelected", t.maxSelected());
        } else if (type instanceof FieldType.FileUpload t) {
            ArrayNode mediaTypes = o.putArray("mediaTypes");
            new TreeSet<>(t.mediaTypes()).forEach(mediaTypes::add);
            o.put("maxSize", t.maxSize());
            o.put("maxCount", t.maxCount());
            if (t.pieceType() != null) {
                o.put("pieceType", t.pieceType());
            }
        } else if (type instanceof FieldType.Computed t) {
            texts(o.putArray("sumOf"), t.sumOf());
        } else if (type instanceof FieldType.Display t) {
            o.put("text", t.text());
        }
        // Yes/no, checkbox and identifiers have no property but their kind.
        return o;
    }

    private static void putIfPresent(ObjectNode o, String name, @Nullable Long value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void options(ObjectNode o, List<ChoiceOption> options) {
        ArrayNode array = o.putArray("options");
        for (ChoiceOption option : options) {
            array.addObject().put("value", option.value()).put("label", option.label());
        }
    }

    private static void texts(ArrayNode array, List<String> texts) {
        texts.forEach(array::add);
    }

    /**
     * The tree of a condition.
     *
     * @param condition the condition
     * @return a new JSON object
     */
    public static ObjectNode condition(Condition condition) {
        ObjectNode o = NODES.objectNode();
        o.put("op", condition.op());
        if (condition instanceof Condition.And and) {
            conditions(o, and.conditions());
        } else if (condition instanceof Condition.Or or) {
            conditions(o, or.conditions());
        } else if (condition instanceof Condition.Not not) {
            o.set("condition", condition(not.condition()));
        } else if (condition instanceof Condition.Compare compare) {
            o.put("field", compare.field());
            Condition.Literal value = compare.value();
            if (value instanceof Condition.Literal.Text text) {
                o.put("value", text.value());
            } else if (value instanceof Condition.Literal.Number number) {
                o.put("value", number.value());
            } else if (value instanceof Condition.Literal.Bool bool) {
                o.put("value", bool.value());
            } else if (value instanceof Condition.Literal.Date date) {
                o.put("value", date.value().text());
            }
        } else if (condition instanceof Condition.Contains contains) {
            o.put("field", contains.field());
            o.put("value", contains.value());
        } else if (condition instanceof Condition.In in) {
            o.put("field", in.field());
            texts(o.putArray("values"), in.values());
        } else if (condition instanceof Condition.Empty empty) {
            o.put("field", empty.field());
        } else if (condition instanceof Condition.StartsWith startsWith) {
            o.put("field", startsWith.field());
            o.put("value", startsWith.prefix());
        } else if (condition instanceof Condition.Matches matches) {
            o.put("field", matches.field());
            o.put("pattern", matches.pattern());
        } else if (condition instanceof Condition.Count count) {
            o.put("block", count.block());
            o.put("compare", count.comparator().op());
            o.put("value", count.value());
        }
        return o;
    }

    private static void conditions(ObjectNode o, List<Condition> conditions) {
        ArrayNode array = o.putArray("conditions");
        for (Condition condition : conditions) {
            array.add(condition(condition));
        }
    }
}
