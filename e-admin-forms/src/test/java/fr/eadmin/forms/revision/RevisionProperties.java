package fr.eadmin.forms.revision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.GeneratedForms;
import fr.eadmin.forms.validation.Submission;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RevisionProperties {
    /** A definition, a draft of it, and a revised definition. */
    record Case(FormDefinition from, Draft draft, FormDefinition to) {}

    @Provide
    Arbitrary<Case> cases() {
        return GeneratedForms.specs().flatMap(specs -> {
            FormDefinition from = GeneratedForms.definition(1, specs);
            Arbitrary<Submission> answers = GeneratedForms.answers(from);
            Arbitrary<List<GeneratedForms.Spec>> revised = GeneratedForms.revised(specs);
            return Combinators.combine(answers, revised)
                    .as((a, r) -> new Case(from, Draft.of(from, a), GeneratedForms.definition(2, r)));
        });
    }

    @Property(tries = 300)
    void rebasingOntoTheSameVersionChangesNothing(@ForAll("cases") Case c) {
        Rebase.Result result = Rebase.onto(c.draft(), c.from(), c.from());
        assertThat(result.draft()).isEqualTo(c.draft());
        assertThat(result.report().converted()).isEmpty();
        assertThat(result.report().dropped()).isEmpty();
    }

    @Property(tries = 300)
    void rebasingIsIdempotent(@ForAll("cases") Case c) {
        Rebase.Result once = Rebase.onto(c.draft(), c.from(), c.to());
        assertThat(once.draft().version()).isEqualTo(2);
        Rebase.Result twice = Rebase.onto(once.draft(), c.to(), c.to());
        assertThat(twice.draft()).isEqualTo(once.draft());
        assertThat(twice.report().dropped()).isEmpty();
    }

    @Property(tries = 300)
    void everyAnswerIsAccountedForAndOnlyKnownFieldsRemain(@ForAll("cases") Case c) {
        Rebase.Result result = Rebase.onto(c.draft(), c.from(), c.to());
        long answers = 0;
        var json = c.draft().answers().asJson();
        for (var entry : json.properties()) {
            if (entry.getKey().equals("b1") && entry.getValue().isArray()) {
                for (var occurrence : entry.getValue()) {
                    answers += occurrence.size();
                }
            } else {
                answers++;
            }
        }
        assertThat(result.report().entries()).hasSize((int) answers);
        FormDiff diff = FormDiff.between(c.from(), c.to());
        for (FormDiff.Change change : diff.changes()) {
            if (change.kind() == FormDiff.Kind.REMOVED && change.element().equals("field")) {
                assertThat(result.draft().answers().asJson().has(change.id())).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void aVersionDiffersFromItselfInNothing(@ForAll("cases") Case c) {
        assertThat(FormDiff.between(c.from(), c.from()).isEmpty()).isTrue();
        assertThat(FormDiff.between(c.to(), c.to()).toText()).endsWith("no change\n");
    }
}
