/**
 * The forms test kit: jqwik arbitraries of form definitions, of submissions valid for any definition and of
 * submissions with one targeted defect ({@link fr.eadmin.test.forms.FormArbitraries}), and AssertJ assertions on
 * validation reports ({@link fr.eadmin.test.forms.FormAssertions}).
 */
@NullMarked
package fr.eadmin.test.forms;

import org.jspecify.annotations.NullMarked;
