/**
 * Validation of submissions: {@link fr.eadmin.forms.validation.FormValidator} compiles a definition once into a
 * plan, then checks any {@link fr.eadmin.forms.validation.Submission} against it, giving a
 * {@link fr.eadmin.forms.validation.ValidationReport} of every error (path, stable code, French message) and the
 * normalised submission.
 */
@NullMarked
package fr.eadmin.forms.validation;

import org.jspecify.annotations.NullMarked;
