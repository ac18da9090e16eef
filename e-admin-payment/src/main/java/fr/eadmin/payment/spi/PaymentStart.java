package fr.eadmin.payment.spi;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the usager's browser must do to pay: follow a redirection, or post a form to the provider. */
public sealed interface PaymentStart {
    /** {@return the provider's id of the transaction, when it gave one at the start (for PayFiP the idOp)} */
    @Nullable
    String providerTransactionId();

    /**
     * Send the browser to a URL.
     *
     * @param location the provider's payment page
     * @param providerTransactionId the provider's id of the transaction, if any
     */
    record Redirect(URI location, @Nullable String providerTransactionId) implements PaymentStart {
        /** Checks the values. */
        public Redirect {
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * Post a form to the provider (an auto-submitting HTML form).
     *
     * @param action where the form is posted
     * @param fields the fields, in the order the provider expects them
     * @param providerTransactionId the provider's id of the transaction, if any
     */
    record AutoPostForm(
            URI action,
            Map<String, String> fields,
            @Nullable String providerTransactionId) implements PaymentStart {
        /** Checks and copies the values, keeping the order of the fields. */
        public AutoPostForm {
            Objects.requireNonNull(action, "action");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
        }
    }
}
