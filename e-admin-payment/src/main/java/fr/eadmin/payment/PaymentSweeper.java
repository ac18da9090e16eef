package fr.eadmin.payment;

import fr.eadmin.core.EAdminException;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks after payments nobody came back for: asks their provider for their status (fetch-back), no more
 * often than the provider's {@link fr.eadmin.payment.spi.ProviderCapabilities#sweepInterval()}, and gives up
 * (expires) those whose time has run out. The application calls {@link #sweep()} on a schedule of its own.
 */
public final class PaymentSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSweeper.class);

    private final PaymentService service;
    private final PaymentStore store;
    private final Clock clock;
    private final int pageSize;
    private final Map<PaymentId, Instant> lastAsked = new ConcurrentHashMap<>();

    private PaymentSweeper(PaymentService service, PaymentStore store, Clock clock, int pageSize) {
        this.service = service;
        this.store = store;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /**
     * A sweeper.
     *
     * @param service the payment service, which applies the answers
     * @param store the store the service uses
     * @param clock the clock
     * @return the sweeper, looking at up to {@value PaymentStore#MAX_PAGE} open payments per sweep
     */
    public static PaymentSweeper of(PaymentService service, PaymentStore store, Clock clock) {
        return new PaymentSweeper(
                Objects.requireNonNull(service, "service"),
                Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(clock, "clock"),
                PaymentStore.MAX_PAGE);
    }

    /**
     * One sweep over the open payments, oldest first.
     *
     * @return what it did
     */
    public SweepReport sweep() {
        Instant now = clock.instant();
        List<Versioned<Payment>> open = store.findOpen(pageSize);
        Set<PaymentId> seen = new HashSet<>();
        int fetched = 0;
        int changed = 0;
        int expired = 0;
        for (Versioned<Payment> stored : open) {
            Payment payment = stored.value();
            seen.add(payment.id());
            PaymentProvider provider;
            try {
                provider = service.provider(payment.provider());
            } catch (UnknownPaymentProviderException e) {
                LOG.warn("payment {} names an unregistered provider {}", payment.id(), payment.provider());
                continue;
            }
            if (provider.capabilities().fetchBack() && due(payment, provider, now)) {
                lastAsked.put(payment.id(), now);
                fetched++;
                try {
                    if (service.fetchBack(payment.id()) instanceof NotificationResult.Applied) {
                        changed++;
                        continue;
                    }
                } catch (EAdminException e) {
                    LOG.warn("status of payment {} could not be fetched back from {}", payment.id(), provider.name());
                }
            }
            if (!now.isBefore(payment.expiresAt()) && service.expireIfOpen(payment.id())) {
                expired++;
            }
        }
        lastAsked.keySet().retainAll(seen);
        return new SweepReport(open.size(), fetched, changed, expired);
    }

    private boolean due(Payment payment, PaymentProvider provider, Instant now) {
        Instant last = lastAsked.get(payment.id());
        Instant since = last != null ? last : payment.updatedAt();
        return !now.isBefore(since.plus(provider.capabilities().sweepInterval())) || !now.isBefore(payment.expiresAt());
    }
}
