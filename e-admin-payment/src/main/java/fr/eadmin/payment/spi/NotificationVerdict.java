package fr.eadmin.payment.spi;

import fr.eadmin.payment.PaymentOutcome;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A provider's answer once checked: verified, or rejected with the reason. */
public sealed interface NotificationVerdict {
    /**
     * The answer is authentic (its signature checked, or fetched back from the provider). Whether it matches
     * the payment we started (amount, currency, reference) is checked by the payment lifecycle.
     *
     * @param reference our reference of the payment, as the provider echoed it
     * @param providerTransactionId the provider's id of the transaction, if it gave one
     * @param outcome what the provider says happened
     * @param amountCents the amount the provider reports, in euro cents
     * @param currency the currency the provider reports, ISO 4217
     * @param providerStatus the provider's own status code (for PayFiP {@code P}, {@code R}…), for the record
     * @param paidAt when the provider says the payment was made, if it says
     */
    record Verified(
            String reference,
            @Nullable String providerTransactionId,
            PaymentOutcome outcome,
            long amountCents,
            String currency,
            String providerStatus,
            @Nullable Instant paidAt)
            implements NotificationVerdict {
        /** Checks the values. */
        public Verified {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(providerStatus, "providerStatus");
        }
    }

    /**
     * The answer cannot be trusted; nothing may change because of it.
     *
     * @param reason why, as a stable code
     * @param detail what exactly, for the logs: never a secret, never personal data
     */
    record Rejected(RejectionReason reason, String detail) implements NotificationVerdict {
        /** Checks the values. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
