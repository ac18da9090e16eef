package fr.eadmin.payment;

import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.spi.RejectionReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a provider's notification (or a fetched-back status) did to the stored payment. */
public sealed interface NotificationResult {
    /**
     * The payment changed status.
     *
     * @param payment the payment as now stored
     * @param previous its status before
     * @param receipt the receipt issued in the same transaction, when the payment became paid and the service
     *     issues receipts
     */
    record Applied(
            Payment payment,
            PaymentStatus previous,
            @Nullable Receipt receipt) implements NotificationResult {
        /** Checks the values. */
        public Applied {
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(previous, "previous");
        }
    }

    /**
     * The notification is authentic and matches the payment, but changes nothing: it was already applied
     * (a replayed callback, or the callback racing the usager's return), the payment is already final, or the
     * provider has no final answer yet.
     *
     * @param payment the payment as stored
     * @param outcome what the provider said
     */
    record Unchanged(Payment payment, PaymentOutcome outcome) implements NotificationResult {
        /** Checks the values. */
        public Unchanged {
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * The notification is not trusted, or does not match the stored payment: nothing changed.
     *
     * @param reason why, as a stable code
     * @param detail what exactly, for the logs: ids and codes only
     */
    record Rejected(RejectionReason reason, String detail) implements NotificationResult {
        /** Checks the values. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
