/**
 * Jakarta Bean Validation constraints for the French identifiers ({@link fr.eadmin.forms.constraints.Siret @Siret},
 * {@link fr.eadmin.forms.constraints.Nir @Nir}, {@link fr.eadmin.forms.constraints.Iban @Iban}…), usable on any
 * bean with Hibernate Validator, and used by the form validator for identifier fields: one rule for both, the
 * identifier types of {@code fr.eadmin.core.identifier}.
 *
 * {@snippet :
 * record Association(@Rna String rna, @Siret String siret) {}
 *
 * Validator validator = Validation.byProvider(HibernateValidator.class).configure()
 *         .messageInterpolator(new ParameterMessageInterpolator())
 *         .buildValidatorFactory().getValidator();
 * Set<ConstraintViolation<Association>> violations = validator.validate(association);
 * }
 *
 * <p>On the module path, the package of the annotated bean must be open to {@code org.hibernate.validator}, and
 * Hibernate Validator, an automatic module, needs its own dependencies added:
 * {@code --add-modules com.fasterxml.classmate,org.jboss.logging}. This package is exported, which is all
 * Hibernate Validator needs to create its validators.
 */
@NullMarked
package fr.eadmin.forms.constraints;

import org.jspecify.annotations.NullMarked;
