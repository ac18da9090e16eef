package fr.eadmin.payment.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.simulator.PaymentSimulator;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.ProviderNotification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Many threads paying and replaying notifications at once, through the whole lifecycle on a real database:
 * each payment is credited once and the receipts are numbered 1..N without gap nor duplicate.
 */
abstract class PaymentConcurrencyTestCases {
    static final int THREADS = 16;
    static final int PAYMENTS = 64;
    static final int COPIES = 3;
    static final String REGIE = "ENFANCE";

    abstract DataSource dataSource();

    @Test
    void everyPaymentIsCreditedOnceAndReceiptsHaveNoGap() throws Exception {
        MutableClock clock = MutableClock.at(Instant.parse("2026-06-15T10:00:00Z"));
        JdbcPaymentStore store = JdbcPaymentStore.of(dataSource());
        InMemoryJournal journal = InMemoryJournal.create();
        PaymentSimulator simulator = PaymentSimulator.of(
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                URI.create("https://mairie.example/simulateur"),
                clock);
        PaymentService service = PaymentService.of(store, journal, clock, List.of(simulator))
                .withReceipts(payment -> new ReceiptDraft(
                        REGIE,
                        "Famille " + payment.reference(),
                        List.of(new Quittance.Line(payment.description(), payment.amountCents())),
                        Quittance.MeansOfPayment.CARTE_BANCAIRE));
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            payments.add(service.start(
                            "simulator",
                            new PaymentRequest(
                                    "P" + i,
                                    500 + i,
                                    "Cantine",
                                    null,
                                    URI.create("https://mairie.example/retour"),
                                    URI.create("https://mairie.example/notification"),
                                    clock.instant()),
                            List.of())
                    .payment());
        }
        // each payment's notification arrives several times (callback, retries, the usager's return)
        List<Callable<NotificationResult>> deliveries = new ArrayList<>();
        for (Payment payment : payments) {
            ProviderNotification paid = simulator.pay(payment.reference());
            for (int copy = 0; copy < COPIES; copy++) {
                deliveries.add(() -> service.onNotification(simulator, paid));
            }
        }
        Collections.shuffle(deliveries, new Random(42));

        List<NotificationResult> results = runOnThreads(deliveries);

        assertThat(results)
                .filteredOn(r -> r instanceof NotificationResult.Applied)
                .hasSize(PAYMENTS);
        assertThat(results)
                .filteredOn(r -> r instanceof NotificationResult.Unchanged)
                .hasSize(PAYMENTS * (COPIES - 1));
        for (Payment payment : payments) {
            assertThat(store.find(payment.id()).orElseThrow()).satisfies(stored -> {
                assertThat(stored.value().status()).isEqualTo(PaymentStatus.PAID);
                assertThat(stored.version()).isEqualTo(3);
            });
            assertThat(journal.about("payment", payment.id().toString()))
                    .filteredOn(e -> e.event().action().equals("payment.paid"))
                    .hasSize(1);
        }
        List<Receipt> receipts = store.receipts(REGIE, 2026);
        assertThat(receipts)
                .extracting(r -> r.number().sequence())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, PAYMENTS).boxed().toList());
        assertThat(receipts)
                .extracting(Receipt::paymentId)
                .containsExactlyInAnyOrderElementsOf(
                        payments.stream().map(Payment::id).toList());
    }

    private static <T> List<T> runOnThreads(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
