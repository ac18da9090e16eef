package fr.eadmin.forms.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The common rule of the identifier constraints: {@code null} is valid, a text longer than {@link #MAX_LENGTH}
 * is not, any other text is checked by the identifier's type of {@code fr.eadmin.core.identifier}. Validators are
 * stateless and thread-safe: the form validator creates one per identifier field when it compiles a definition
 * and calls it with a {@code null} context.
 *
 * @param <A> the constraint annotation
 */
public abstract class IdentifierValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
    /** The longest text looked at: anything longer is not an identifier, and is refused without parsing. */
    public static final int MAX_LENGTH = 100;

    private final Predicate<String> valid;

    /**
     * Creates a validator.
     *
     * @param valid whether a text (at most {@link #MAX_LENGTH} characters) is a valid identifier
     */
    protected IdentifierValidator(Predicate<String> valid) {
        this.valid = Objects.requireNonNull(valid, "valid");
    }

    /**
     * Whether the value is a valid identifier.
     *
     * @param value the value, {@code null} being valid
     * @param context the context of Bean Validation, unused (may be {@code null})
     * @return whether it is valid
     */
    @Override
    public final boolean isValid(@Nullable CharSequence value, @Nullable ConstraintValidatorContext context) {
        return value == null || value.length() <= MAX_LENGTH && valid.test(value.toString());
    }
}
