/**
 * jqwik arbitraries generating valid identifiers, usagers, business calendars and delays, for property-based tests.
 */
@NullMarked
package fr.eadmin.test.arbitraries;

import org.jspecify.annotations.NullMarked;
