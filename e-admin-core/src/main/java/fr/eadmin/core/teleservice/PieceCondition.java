package fr.eadmin.core.teleservice;

import fr.eadmin.core.usager.UsagerKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a pièce justificative is required: always, only for some kinds of usager, or when an answer of the
 * form has a given value.
 */
public sealed interface PieceCondition
        permits PieceCondition.Always, PieceCondition.ForKinds, PieceCondition.WhenAnswer {

    /**
     * Whether the pièce is required for this demande.
     *
     * @param beneficiaryKind the kind of usager the demande is for
     * @param answers the answers of the form, field id to value
     * @return true if required
     */
    boolean applies(UsagerKind beneficiaryKind, Map<String, String> answers);

    /**
     * Always required.
     *
     * @return the condition
     */
    static PieceCondition always() {
        return new Always();
    }

    /**
     * Required for these kinds of usager only.
     *
     * @param kinds the kinds, at least one
     * @return the condition
     */
    static PieceCondition forKinds(Set<UsagerKind> kinds) {
        return new ForKinds(kinds);
    }

    /**
     * Required when a field of the form has this value.
     *
     * @param field the field id
     * @param value the value
     * @return the condition
     */
    static PieceCondition whenAnswer(String field, String value) {
        return new WhenAnswer(field, value);
    }

    /** Always required. */
    record Always() implements PieceCondition {
        @Override
        public boolean applies(UsagerKind beneficiaryKind, Map<String, String> answers) {
            return true;
        }
    }

    /**
     * Required for some kinds of usager.
     *
     * @param kinds the kinds, at least one
     */
    record ForKinds(Set<UsagerKind> kinds) implements PieceCondition {
        /** Checks the value. */
        public ForKinds {
            Objects.requireNonNull(kinds, "kinds");
            if (kinds.isEmpty()) {
                throw new InvalidTeleserviceException(null, "condition.kinds", "must name at least one kind");
            }
            kinds = Set.copyOf(EnumSet.copyOf(kinds));
        }

        @Override
        public boolean applies(UsagerKind beneficiaryKind, Map<String, String> answers) {
            return kinds.contains(beneficiaryKind);
        }
    }

    /**
     * Required when a field has a value.
     *
     * @param field the field id
     * @param value the value, compared exactly
     */
    record WhenAnswer(String field, String value) implements PieceCondition {
        /** Checks the values. */
        public WhenAnswer {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            if (field.isBlank()) {
                throw new InvalidTeleserviceException(null, "condition.field", "must not be blank");
            }
        }

        @Override
        public boolean applies(UsagerKind beneficiaryKind, Map<String, String> answers) {
            return value.equals(answers.get(field));
        }
    }
}
