package fr.eadmin.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.validation.Submission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random definitions for properties: fields of every type placed on two pages, in a section and in a repeatable
 * block, with conditions on fields declared before; versions derived by changing types, places and removing
 * fields; drafts with values of every JSON kind.
 */
public final class GeneratedForms {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<ChoiceOption> ABC =
            List.of(new ChoiceOption("a", "A"), new ChoiceOption("b", "B"), new ChoiceOption("c", "C"));

    /** The types a generated field takes. */
    public static final List<FieldType> TYPES = List.of(
            new FieldType.ShortText(0, 50, null),
            new FieldType.ShortText(1, 100, "[a-z ]*"),
            new FieldType.LongText(0, 500),
            new FieldType.IntegerNumber(0L, 100L, 1),
            new FieldType.DecimalNumber(null, new BigDecimal("99.5"), new BigDecimal("0.5")),
            new FieldType.DateField(
                    new DateBound.Fixed(LocalDate.of(1900, 1, 1)), new DateBound.RelativeToToday(Period.ofYears(-18))),
            new FieldType.YesNo(),
            new FieldType.Checkbox(),
            new FieldType.SingleChoice(ABC, false),
            new FieldType.SingleChoice(ABC.subList(0, 2), true),
            new FieldType.MultipleChoice(ABC, false, 0, 3),
            new FieldType.Identifier(IdentifierKind.SIRET),
            new FieldType.Identifier(IdentifierKind.EMAIL),
            new FieldType.FileUpload(Set.of("application/pdf", "image/jpeg"), 1_000_000, 2, "JUSTIFICATIF_DOMICILE"),
            new FieldType.Display("Texte affiché"));

    /** Where a field stands. */
    public enum Place {
        FIRST_PAGE,
        SECTION,
        BLOCK,
        SECOND_PAGE
    }

    /**
     * One field of a generated definition.
     *
     * @param id the id
     * @param type an index in {@link #TYPES}
     * @param required whether required (when the type takes an answer)
     * @param place where
     * @param condition a seed choosing its visibility condition, 0 for none
     */
    public record Spec(String id, int type, boolean required, Place place, int condition) {}

    private GeneratedForms() {}

    /**
     * Random field specs with distinct ids.
     *
     * @return the specs, 1 to 10
     */
    public static Arbitrary<List<Spec>> specs() {
        Arbitrary<Spec> spec = Combinators.combine(
                        Arbitraries.integers().between(0, TYPES.size() - 1),
                        Arbitraries.of(true, false),
                        Arbitraries.of(Place.class),
                        Arbitraries.integers().between(0, 8))
                .as((type, required, place, condition) -> new Spec("", type, required, place, condition));
        return spec.list().ofMinSize(1).ofMaxSize(10).map(list -> {
            List<Spec> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Spec s = list.get(i);
                named.add(new Spec("f" + i, s.type(), s.required(), s.place(), s.condition()));
            }
            return named;
        });
    }

    /**
     * A new version of the specs: each field kept, retyped, moved or removed, and new fields added.
     *
     * @param specs the specs of the old version
     * @return the specs of the new version
     */
    public static Arbitrary<List<Spec>> revised(List<Spec> specs) {
        Arbitrary<List<Integer>> actions =
                Arbitraries.integers().between(0, 3).list().ofSize(specs.size());
        Arbitrary<List<Spec>> added = specs().map(list -> list.stream()
                .map(s -> new Spec("n" + s.id(), s.type(), s.required(), s.place(), s.condition()))
                .toList());
        Arbitrary<List<Integer>> newTypes =
                Arbitraries.integers().between(0, TYPES.size() - 1).list().ofSize(specs.size());
        Arbitrary<List<Place>> newPlaces = Arbitraries.of(Place.class).list().ofSize(specs.size());
        return Combinators.combine(actions, newTypes, newPlaces, added, Arbitraries.of(true, false))
                .as((act, types, places, extra, addSome) -> {
                    List<Spec> out = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Spec s = specs.get(i);
                        switch (act.get(i)) {
                            case 0 -> out.add(s);
                            case 1 -> out.add(new Spec(s.id(), types.get(i), s.required(), s.place(), s.condition()));
                            case 2 -> out.add(new Spec(s.id(), s.type(), s.required(), places.get(i), s.condition()));
                            default -> {
                                // removed
                            }
                        }
                    }
                    if (addSome || out.isEmpty()) {
                        out.addAll(extra);
                    }
                    return out;
                });
    }

    /**
     * The definition of specs.
     *
     * @param version the version
     * @param specs the fields
     * @return the definition
     */
    public static FormDefinition definition(int version, List<Spec> specs) {
        List<Spec> ordered = new ArrayList<>();
        for (Place place : Place.values()) {
            specs.stream().filter(s -> s.place() == place).forEach(ordered::add);
        }
        List<Field> earlier = new ArrayList<>();
        List<Node> first = new ArrayList<>();
        List<Node> section = new ArrayList<>();
        List<Field> block = new ArrayList<>();
        List<Node> second = new ArrayList<>();
        for (Spec spec : ordered) {
            FieldType type = TYPES.get(spec.type());
            Condition condition = condition(spec.condition(), earlier);
            Field field =
                    new Field(spec.id(), "Champ " + spec.id(), type, spec.required() && type.isInput(), condition);
            switch (spec.place()) {
                case FIRST_PAGE -> first.add(field);
                case SECTION -> section.add(field);
                case BLOCK -> block.add(field);
                case SECOND_PAGE -> second.add(field);
            }
            if (spec.place() != Place.BLOCK && type.isInput()) {
                earlier.add(field);
            }
        }
        List<Node> secondPage = new ArrayList<>();
        if (!section.isEmpty()) {
            secondPage.add(new Section("s1", "Section", section, null));
        }
        if (!block.isEmpty()) {
            secondPage.add(new RepeatableBlock("b1", "Bloc", 0, 3, block, null));
        }
        secondPage.addAll(second);
        Condition exit =
                earlier.isEmpty() ? null : new Condition.Empty(earlier.get(0).id(), true);
        List<Page> pages = List.of(
                Page.of("p1", "Première page", first),
                new Page(
                        "p2",
                        "Seconde page",
                        secondPage,
                        exit == null ? List.of() : List.of(new ExitRule("r1", exit, "Non éligible.")),
                        null));
        return new FormDefinition("genere", version, "Formulaire généré", pages);
    }

    private static Condition condition(int seed, List<Field> earlier) {
        if (seed == 0 || earlier.isEmpty()) {
            return null;
        }
        Field on = earlier.get(seed % earlier.size());
        String id = on.id();
        FieldType type = on.type();
        return switch (seed) {
            case 1 -> new Condition.Empty(id, false);
            case 2 -> new Condition.Not(new Condition.Empty(id, true));
            case 3 -> new Condition.In(id, List.of("a", "b"), seed % 2 == 0);
            case 4 -> Condition.or(new Condition.StartsWith(id, "x"), new Condition.Matches(id, "[0-9]+"));
            case 5 ->
                type instanceof FieldType.IntegerNumber || type instanceof FieldType.DecimalNumber
                        ? new Condition.Compare(
                                Condition.Comparator.GT, id, new Condition.Literal.Number(new BigDecimal("3")))
                        : new Condition.Contains(id, "a");
            case 6 ->
                type instanceof FieldType.ShortText
                        ? Condition.eq(id, "oui")
                        : Condition.and(new Condition.Empty(id, true), new Condition.Empty(id, true));
            case 7 ->
                type instanceof FieldType.DateField
                        ? new Condition.Compare(
                                Condition.Comparator.LT,
                                id,
                                new Condition.Literal.Date(new DateBound.RelativeToToday(Period.ofYears(-18))))
                        : new Condition.Empty(id, true);
            default ->
                type instanceof FieldType.YesNo
                        ? new Condition.Compare(Condition.Comparator.EQ, id, new Condition.Literal.Bool(true))
                        : new Condition.Empty(id, false);
        };
    }

    /**
     * Random answers to a definition: any JSON value for any field, a block answered with 0 to 3 occurrences.
     *
     * @param definition the definition
     * @return the answers
     */
    public static Arbitrary<Submission> answers(FormDefinition definition) {
        List<Field> top = new ArrayList<>();
        List<Field> inBlock = new ArrayList<>();
        for (Page page : definition.pages()) {
            for (Node node : page.nodes()) {
                if (node instanceof Field field) {
                    top.add(field);
                } else if (node instanceof Section section) {
                    section.nodes().forEach(n -> top.add((Field) n));
                } else if (node instanceof RepeatableBlock block) {
                    inBlock.addAll(block.fields());
                }
            }
        }
        Arbitrary<JsonNode> value = values();
        Arbitrary<ObjectNode> topAnswers = object(top, value);
        Arbitrary<List<ObjectNode>> occurrences = object(inBlock, value).list().ofMaxSize(3);
        return Combinators.combine(topAnswers, occurrences).as((answers, list) -> {
            if (!inBlock.isEmpty()) {
                ArrayNode array = answers.putArray("b1");
                list.forEach(array::add);
            }
            return Submission.of(answers);
        });
    }

    private static Arbitrary<ObjectNode> object(List<Field> fields, Arbitrary<JsonNode> value) {
        return value.list().ofSize(fields.size()).flatMap(values -> Arbitraries.of(true, false)
                .list()
                .ofSize(fields.size())
                .map(present -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < fields.size(); i++) {
                        if (present.get(i)) {
                            o.set(fields.get(i).id(), values.get(i));
                        }
                    }
                    return o;
                }));
    }

    private static Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "a",
                                "b",
                                "z",
                                "texte libre",
                                "ligne\nsuivante",
                                "732 829 320 00074",
                                "Claire@Example.fr",
                                "2001-02-03",
                                "")
                        .map(NODES::textNode),
                Arbitraries.integers().between(-5, 200).map(NODES::numberNode),
                Arbitraries.of("2.5", "7", "0.1").map(s -> NODES.numberNode(new BigDecimal(s))),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.<List<String>>of(List.of("a"), List.of("a", "c"), List.of("z"), List.of())
                        .map(list -> {
                            ArrayNode array = NODES.arrayNode();
                            list.forEach(array::add);
                            return (JsonNode) array;
                        }));
    }
}
