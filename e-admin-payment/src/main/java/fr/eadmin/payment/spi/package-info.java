/**
 * What a payment provider implements ({@link fr.eadmin.payment.spi.PaymentProvider}) and the values it
 * exchanges with the payment lifecycle: how a payment starts (a redirection or a form to post), the
 * provider's notification as received over HTTP, and the verified outcome or the reason it was rejected.
 *
 * <p>A notification is trusted only once verified: its signature checked in constant time, or its status
 * fetched back from the provider. Providers never change stored state themselves.
 */
@NullMarked
package fr.eadmin.payment.spi;

import org.jspecify.annotations.NullMarked;
