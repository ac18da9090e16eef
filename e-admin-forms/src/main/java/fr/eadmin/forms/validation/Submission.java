package fr.eadmin.forms.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.forms.internal.StrictJson;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a usager to a form: a JSON object keyed by field ids; a repeatable block answers with an array
 * of objects, one per occurrence. Immutable: it holds its own copy of the answers and gives out copies.
 *
 * {@snippet lang="json" :
 * {"nom": "Martin", "discipline": "danse", "enfants": [{"prenom": "Léa", "naissance": "2015-04-02"}]}
 * }
 */
public final class Submission {
    private final ObjectNode answers;

    private Submission(ObjectNode answers) {
        this.answers = answers;
    }

    /**
     * A submission of the given answers (copied).
     *
     * @param answers a JSON object, nested at most 64 deep
     * @return the submission
     * @throws InvalidSubmissionException if the answers are not an object, or are nested too deep
     */
    public static Submission of(JsonNode answers) {
        Objects.requireNonNull(answers, "answers");
        return new Submission(checked(answers).deepCopy());
    }

    private static ObjectNode checked(JsonNode answers) {
        if (!answers.isObject()) {
            throw new InvalidSubmissionException("the answers must be a JSON object");
        }
        checkDepth(answers);
        return (ObjectNode) answers;
    }

    /**
     * A submission of answers the validator has just built and shares with nobody: neither copied nor measured, as
     * their nesting follows the form's (a block's occurrence holding at most a list of files), far below the limit.
     */
    static Submission ofNormalised(ObjectNode answers) {
        return new Submission(answers);
    }

    /** Measures the nesting without recursion, so that a tree built in memory cannot overflow the stack. */
    private static void checkDepth(JsonNode root) {
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(root, 1));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            if (next.getValue() > StrictJson.MAX_DEPTH) {
                throw new InvalidSubmissionException("too deep or too large");
            }
            for (JsonNode child : next.getKey()) {
                if (child.isContainerNode()) {
                    pending.push(Map.entry(child, next.getValue() + 1));
                }
            }
        }
    }

    /**
     * Reads a submission from JSON text. Limits: nesting at most 64 deep, 10 million characters.
     *
     * @param json the JSON text of an object
     * @return the submission
     * @throws InvalidSubmissionException if the text is malformed, too deep or too large, or not an object
     */
    public static Submission parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode node;
        try {
            node = StrictJson.MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new InvalidSubmissionException("too deep or too large");
        } catch (JsonProcessingException e) {
            throw new InvalidSubmissionException("malformed JSON at line "
                    + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        }
        if (node == null) {
            throw new InvalidSubmissionException("empty document");
        }
        // The tree was just read and nobody else holds it: checked, but not copied.
        return new Submission(checked(node));
    }

    /**
     * A copy of the answers.
     *
     * @return the answers, as a JSON object the caller may change
     */
    public ObjectNode asJson() {
        return answers.deepCopy();
    }

    /**
     * The answers as JSON text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return answers.toString();
    }

    /**
     * The answers as text by field id, in the order of the submission: the form a demande keeps them in (core's
     * {@code DraftRequest.withAnswers}), and in which a téléservice's pièce conditions ({@code whenAnswer}) read
     * them. A text answer is given as is; a number, a yes-no or a checkbox as its JSON literal ({@code 90},
     * {@code true}); a repeatable block or a list of files as its JSON text. Null answers are left out.
     *
     * <p>Take them from a {@linkplain ValidationReport#normalised() normalised} submission, so that hidden
     * fields are cleared and values are in canonical form.
     *
     * {@snippet :
     * ValidationReport report = validator.validate(submission);
     * if (report.isValid()) {
     *     draft = draft.withAnswers(report.normalised().answersAsText());
     * }
     * }
     *
     * @return the answers, field id to text, unmodifiable
     */
    public Map<String, String> answersAsText() {
        Map<String, String> text = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            JsonNode value = answer.getValue();
            if (!value.isNull()) {
                text.put(answer.getKey(), value.isTextual() ? value.textValue() : value.toString());
            }
        }
        return Collections.unmodifiableMap(text);
    }

    ObjectNode answers() {
        return answers;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Submission that && answers.equals(that.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    /** Says how many answers, never their values (they are personal data). */
    @Override
    public String toString() {
        return "Submission[" + answers.size() + " answers]";
    }
}
