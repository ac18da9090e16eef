/**
 * Benchmarks of form validation: e-admin's compiled {@code FormValidator} side by side with the same rules as a
 * hand-written JSON Schema (networknt json-schema-validator) and as an annotated bean (Hibernate Validator).
 */
@NullMarked
package fr.eadmin.benchmarks.forms;

import org.jspecify.annotations.NullMarked;
