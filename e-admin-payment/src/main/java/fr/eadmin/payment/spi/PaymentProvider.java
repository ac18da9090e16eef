package fr.eadmin.payment.spi;

import java.util.List;
import java.util.Optional;

/**
 * One online payment provider (PayFiP, a Systempay-style form, Paybox, the simulator…). A provider turns a
 * {@link PaymentRequest} into what the usager's browser must do, and a notification or a status query into a
 * verified {@link NotificationVerdict}. It never trusts what it cannot verify and never changes stored state:
 * the payment lifecycle does, after checking amount, currency and reference against the payment it started.
 *
 * <p>Implementations are immutable and thread-safe; secrets are given at construction and never appear in
 * {@code toString()}, messages or logs.
 */
public interface PaymentProvider {
    /**
     * The provider's name, stored with each payment.
     *
     * @return a short stable name such as {@code payfip} or {@code simulator}
     */
    String name();

    /**
     * The configuration this provider takes, so that an administration screen can be built from it.
     *
     * @return the parameters, in the order to show them
     */
    List<ConfigParameter> parameters();

    /**
     * What this provider can do besides starting payments and verifying notifications.
     *
     * @return the capabilities
     */
    ProviderCapabilities capabilities();

    /**
     * Starts a payment.
     *
     * @param request the payment to start, already stored as created
     * @return where to send the usager's browser
     * @throws fr.eadmin.core.EAdminException if the request breaks the provider's rules or the provider fails
     *     (a subclass saying why)
     */
    PaymentStart start(PaymentRequest request);

    /**
     * Verifies a notification received from the provider (a server-to-server callback or the usager's return).
     * A notification that cannot be verified is {@link NotificationVerdict.Rejected}, never an exception.
     *
     * @param notification the notification as received
     * @return the verified outcome, or the reason it was rejected
     */
    NotificationVerdict verify(ProviderNotification notification);

    /**
     * The provider's transaction id a notification names, for providers whose notifications are not signed
     * ({@link ProviderCapabilities#signedNotifications()} false): the payment lifecycle finds the payment by it
     * and {@linkplain #fetchStatus fetches its status back}. The id proves nothing by itself.
     *
     * @param notification the notification as received
     * @return the transaction id, if the notification carries a well-formed one; empty by default
     */
    default Optional<String> transactionIdOf(ProviderNotification notification) {
        return Optional.empty();
    }

    /**
     * Asks the provider for the status of a payment (fetch-back), for providers whose callbacks carry only an
     * id and for payments that never got a notification.
     *
     * @param payment the payment as started
     * @return the verified outcome, or the reason the answer was rejected
     * @throws UnsupportedPaymentOperationException if {@link ProviderCapabilities#fetchBack()} is false
     */
    default NotificationVerdict fetchStatus(StartedPayment payment) {
        throw new UnsupportedPaymentOperationException(name(), "fetch-back");
    }

    /**
     * Refunds a paid payment, in whole or in part.
     *
     * @param payment the payment as started
     * @param amountCents the amount to refund, in euro cents, at most the amount paid
     * @return the verified outcome of the refund, or the reason it was rejected
     * @throws UnsupportedPaymentOperationException if {@link ProviderCapabilities#refund()} is false
     */
    default NotificationVerdict refund(StartedPayment payment, long amountCents) {
        throw new UnsupportedPaymentOperationException(name(), "refund");
    }
}
