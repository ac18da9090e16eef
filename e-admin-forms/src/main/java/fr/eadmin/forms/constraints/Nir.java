package fr.eadmin.forms.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a NIR (numéro de sécurité sociale) with its key, as {@link fr.eadmin.core.identifier.Nir} accepts it. {@code null} is valid
 * (add {@code @NotNull} to require a value).
 */
@Documented
@Constraint(validatedBy = NirValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Nir {
    /**
     * The message of a violation.
     *
     * @return the message, in French
     */
    String message() default "doit être un numéro de sécurité sociale valide";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload of the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
