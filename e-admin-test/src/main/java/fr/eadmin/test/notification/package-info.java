/**
 * Notification helpers for tests: a {@link fr.eadmin.core.spi.Notifier} that records what it is given and can
 * be told to fail, and a clock that tests move forward by hand.
 */
@NullMarked
package fr.eadmin.test.notification;

import org.jspecify.annotations.NullMarked;
