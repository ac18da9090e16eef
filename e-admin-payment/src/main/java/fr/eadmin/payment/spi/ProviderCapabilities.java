package fr.eadmin.payment.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What a provider can do besides starting payments and verifying notifications.
 *
 * @param signedNotifications whether its notifications carry a signature that {@link PaymentProvider#verify}
 *     checks (otherwise they are only trusted through {@link PaymentProvider#fetchStatus})
 * @param fetchBack whether the status of a payment can be asked
 * @param refund whether a paid payment can be refunded through the provider
 * @param sweepInterval how often, at the most, the status of a pending payment may be asked
 * @param paymentLifetime how long a started payment stays payable at the provider
 */
public record ProviderCapabilities(
        boolean signedNotifications,
        boolean fetchBack,
        boolean refund,
        Duration sweepInterval,
        Duration paymentLifetime) {
    /** Checks the values. */
    public ProviderCapabilities {
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(paymentLifetime, "paymentLifetime");
        if (sweepInterval.isNegative() || paymentLifetime.isNegative() || paymentLifetime.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (!signedNotifications && !fetchBack) {
            throw new IllegalArgumentException(
                    "a provider whose notifications are not signed must let their status be fetched back");
        }
    }
}
