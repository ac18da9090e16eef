package fr.eadmin.forms.revision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.ExitRule;
import fr.eadmin.forms.Field;
import fr.eadmin.forms.FieldType;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.Node;
import fr.eadmin.forms.Page;
import fr.eadmin.forms.RepeatableBlock;
import fr.eadmin.forms.Section;
import fr.eadmin.forms.internal.Nodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a form: pages, nodes and exit rules added, removed, moved (to another
 * page, section or block) and changed (type, required, label, options, constraints, conditions), matched by
 * their stable ids. Its {@link #toText() text} is stable, one line per change, for a tool to print; its
 * {@link #toJson() JSON} is for programs.
 *
 * {@snippet :
 * System.out.print(FormDiff.between(version1, version2).toText());
 * // form inscription: version 1 -> 2
 * // + field telephone in responsable
 * // > field naissance from responsable to eleve/identite
 * // ~ field discipline: options, required
 * // - field fax from responsable
 * }
 *
 * @param formId the form
 * @param from the old version
 * @param to the new version
 * @param changes the changes: in the order of the new version, then the removals in the order of the old one
 */
public record FormDiff(String formId, int from, int to, List<Change> changes) {
    /** Validates the diff. */
    public FormDiff {
        Objects.requireNonNull(formId, "formId");
        changes = List.copyOf(changes);
    }

    /** How an element changed. */
    public enum Kind {
        /** Only in the new version. */
        ADDED("+"),
        /** Only in the old version. */
        REMOVED("-"),
        /** In another page, section or block. */
        MOVED(">"),
        /** Its properties changed (see {@link Aspect}). */
        CHANGED("~");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        /**
         * The sign starting its line in the text.
         *
         * @return {@code +}, {@code -}, {@code >} or {@code ~}
         */
        public String sign() {
            return sign;
        }
    }

    /** Which property of an element changed. */
    public enum Aspect {
        /** The kind of field, or of node. */
        TYPE,
        /** Whether the field is required. */
        REQUIRED,
        /** The label or title. */
        LABEL,
        /** The options of a choice. */
        OPTIONS,
        /** The constraints of the type (lengths, bounds, pattern, media types…), or the occurrences of a block. */
        CONSTRAINTS,
        /** The visibility condition, or the condition of an exit rule. */
        CONDITION,
        /** The message of an exit rule. */
        MESSAGE;

        /**
         * The name in text and JSON.
         *
         * @return the lower-case name
         */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One change.
     *
     * @param kind added, removed, moved or changed
     * @param element {@code page}, {@code field}, {@code section}, {@code block} or {@code exit-rule}
     * @param id the stable id of the element
     * @param before where it was: ids of its page, sections and block joined by {@code /}; empty when added
     * @param after where it is; empty when removed
     * @param aspects what changed, for {@link Kind#CHANGED}
     */
    public record Change(Kind kind, String element, String id, String before, String after, List<Aspect> aspects) {
        /** Validates the change. */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            aspects = List.copyOf(aspects);
        }

        /**
         * The line of this change in the text of a diff.
         *
         * @return the line, without line break
         */
        public String toLine() {
            String head = kind.sign() + " " + element + " " + id;
            return switch (kind) {
                case ADDED -> head + " in " + after;
                case REMOVED -> head + " from " + before;
                case MOVED -> head + " from " + before + " to " + after;
                case CHANGED ->
                    head + ": "
                            + String.join(
                                    ", ", aspects.stream().map(Aspect::text).toList());
            };
        }
    }

    /**
     * The changes from one version of a form to another.
     *
     * @param from the old version
     * @param to the new version
     * @return the diff
     * @throws RevisionMismatchException if the definitions are of two forms
     */
    public static FormDiff between(FormDefinition from, FormDefinition to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.id().equals(to.id())) {
            throw new RevisionMismatchException(from.id() + "@*", to.id() + "@" + to.version());
        }
        Map<String, Element> before = elements(from);
        Map<String, Element> after = elements(to);
        List<Change> changes = new ArrayList<>();
        for (Element element : after.values()) {
            Element old = before.get(element.id());
            if (old == null) {
                changes.add(new Change(Kind.ADDED, element.kind(), element.id(), "", element.where(), List.of()));
                continue;
            }
            if (!old.where().equals(element.where())) {
                changes.add(
                        new Change(Kind.MOVED, element.kind(), element.id(), old.where(), element.where(), List.of()));
            }
            List<Aspect> aspects = aspects(old.value(), element.value());
            if (!aspects.isEmpty()) {
                changes.add(
                        new Change(Kind.CHANGED, element.kind(), element.id(), old.where(), element.where(), aspects));
            }
        }
        for (Element old : before.values()) {
            if (!after.containsKey(old.id())) {
                changes.add(new Change(Kind.REMOVED, old.kind(), old.id(), old.where(), "", List.of()));
            }
        }
        return new FormDiff(from.id(), from.version(), to.version(), changes);
    }

    /**
     * Whether the versions differ in nothing but their number.
     *
     * @return {@code true} when there is no change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The stable text of the diff: a first line naming the form and the versions, then one line per change.
     *
     * @return the text, each line ending with {@code \n}
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("form ")
                .append(formId)
                .append(": version ")
                .append(from)
                .append(" -> ")
                .append(to);
        text.append('\n');
        if (changes.isEmpty()) {
            text.append("no change\n");
        }
        for (Change change : changes) {
            text.append(change.toLine()).append('\n');
        }
        return text.toString();
    }

    /**
     * The diff as JSON: {@code {"formId", "from", "to", "changes": [{"kind", "element", "id", "before", "after",
     * "aspects"}]}}, kinds and aspects in lower case.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("formId", formId);
        json.put("from", from);
        json.put("to", to);
        ArrayNode array = json.putArray("changes");
        for (Change change : changes) {
            ObjectNode o = array.addObject();
            o.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            o.put("element", change.element());
            o.put("id", change.id());
            o.put("before", change.before());
            o.put("after", change.after());
            ArrayNode aspects = o.putArray("aspects");
            change.aspects().forEach(a -> aspects.add(a.text()));
        }
        return json;
    }

    /** An element of a definition and where it stands. */
    private record Element(String kind, String id, String where, Object value) {}

    private static Map<String, Element> elements(FormDefinition definition) {
        Map<String, Element> elements = new LinkedHashMap<>();
        Map<String, List<Nodes.Located>> byPage = new HashMap<>();
        for (Nodes.Located located : Nodes.all(definition.pages())) {
            byPage.computeIfAbsent(located.page(), page -> new ArrayList<>()).add(located);
        }
        for (Page page : definition.pages()) {
            elements.put(page.id(), new Element("page", page.id(), "form", page));
            for (Nodes.Located located : byPage.getOrDefault(page.id(), List.of())) {
                Node node = located.node();
                elements.put(node.id(), new Element(kind(node), node.id(), located.container(), node));
            }
            for (ExitRule rule : page.exitRules()) {
                elements.put(rule.id(), new Element("exit-rule", rule.id(), page.id(), rule));
            }
        }
        return elements;
    }

    private static String kind(Node node) {
        if (node instanceof Section) {
            return "section";
        }
        return node instanceof RepeatableBlock ? "block" : "field";
    }

    private static List<Aspect> aspects(Object before, Object after) {
        List<Aspect> aspects = new ArrayList<>();
        if (before.getClass() != after.getClass()) {
            aspects.add(Aspect.TYPE);
            return aspects;
        }
        if (before instanceof Field a && after instanceof Field b) {
            fieldType(a.type(), b.type(), aspects);
            add(aspects, Aspect.REQUIRED, a.required() != b.required());
            add(aspects, Aspect.LABEL, !a.label().equals(b.label()));
            add(aspects, Aspect.CONDITION, !Objects.equals(a.visibleIf(), b.visibleIf()));
        } else if (before instanceof Section a && after instanceof Section b) {
            add(aspects, Aspect.LABEL, !a.title().equals(b.title()));
            add(aspects, Aspect.CONDITION, !Objects.equals(a.visibleIf(), b.visibleIf()));
        } else if (before instanceof RepeatableBlock a && after instanceof RepeatableBlock b) {
            add(aspects, Aspect.LABEL, !a.label().equals(b.label()));
            add(
                    aspects,
                    Aspect.CONSTRAINTS,
                    a.minOccurrences() != b.minOccurrences() || a.maxOccurrences() != b.maxOccurrences());
            add(aspects, Aspect.CONDITION, !Objects.equals(a.visibleIf(), b.visibleIf()));
        } else if (before instanceof Page a && after instanceof Page b) {
            add(aspects, Aspect.LABEL, !a.title().equals(b.title()));
            add(aspects, Aspect.CONDITION, !Objects.equals(a.visibleIf(), b.visibleIf()));
        } else if (before instanceof ExitRule a && after instanceof ExitRule b) {
            add(aspects, Aspect.CONDITION, !a.when().equals(b.when()));
            add(aspects, Aspect.MESSAGE, !a.message().equals(b.message()));
        }
        return aspects;
    }

    private static void fieldType(FieldType a, FieldType b, List<Aspect> aspects) {
        if (!a.name().equals(b.name())) {
            aspects.add(Aspect.TYPE);
        } else if (a instanceof FieldType.SingleChoice x && b instanceof FieldType.SingleChoice y) {
            add(aspects, Aspect.OPTIONS, !x.options().equals(y.options()));
            add(aspects, Aspect.CONSTRAINTS, x.other() != y.other());
        } else if (a instanceof FieldType.MultipleChoice x && b instanceof FieldType.MultipleChoice y) {
            add(aspects, Aspect.OPTIONS, !x.options().equals(y.options()));
            add(
                    aspects,
                    Aspect.CONSTRAINTS,
                    x.other() != y.other() || x.minSelected() != y.minSelected() || x.maxSelected() != y.maxSelected());
        } else {
            add(aspects, Aspect.CONSTRAINTS, !a.equals(b));
        }
    }

    private static void add(List<Aspect> aspects, Aspect aspect, boolean changed) {
        if (changed) {
            aspects.add(aspect);
        }
    }
}
