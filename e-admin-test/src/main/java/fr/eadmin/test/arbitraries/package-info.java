/**
 * jqwik arbitraries generating valid identifiers and usagers, for property-based tests.
 */
@NullMarked
package fr.eadmin.test.arbitraries;

import org.jspecify.annotations.NullMarked;
