/**
 * Notifications to usagers: the values a notification is made of (id, recipient, rendered message), the
 * French message templates that render them (email and SMS), and the HTML form of an email body.
 *
 * <p>A notification is recorded in the transactional outbox ({@link fr.eadmin.core.spi.Outbox}) in the same
 * database transaction as the event that causes it, then delivered at least once by an {@link
 * fr.eadmin.core.notification.OutboxRelay} through the application's {@link fr.eadmin.core.spi.Notifier}s.
 * Recipients' addresses and message bodies are personal data: no type of this package puts them in a
 * {@code toString()}, an exception message or a log line.
 */
@NullMarked
package fr.eadmin.core.notification;

import org.jspecify.annotations.NullMarked;
