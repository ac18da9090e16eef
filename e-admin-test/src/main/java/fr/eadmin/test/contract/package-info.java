/**
 * Contract tests of the e-admin SPIs: abstract JUnit 5 classes that every implementation, ours or a
 * user's, extends to prove it behaves as the interface promises.
 */
@NullMarked
package fr.eadmin.test.contract;

import org.jspecify.annotations.NullMarked;
