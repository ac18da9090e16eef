package fr.eadmin.payment.payfip;

import static fr.eadmin.payment.payfip.PayfipProviderTest.CONFIG;
import static fr.eadmin.payment.payfip.PayfipProviderTest.CREATED;
import static fr.eadmin.payment.payfip.PayfipProviderTest.ID_OP;
import static fr.eadmin.payment.payfip.ReplayTransport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.payment.NotificationResult;
import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.PaymentService;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.memory.InMemoryPaymentStore;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The payment lifecycle with PayFiP, whose notifications carry only the idOp: the status is fetched back. */
class PayfipNotificationTest {
    static final String DETAIL = "recupererDetailPaiementSecurise";

    final MutableClock clock = MutableClock.at(CREATED);
    final InMemoryPaymentStore store = InMemoryPaymentStore.create();
    final InMemoryJournal journal = InMemoryJournal.create();
    final ReplayTransport transport =
            new ReplayTransport().expect("creerPaiementSecurise", "creer-request.xml", fixture("creer-response.xml"));
    final PayfipProvider payfip = PayfipProvider.of(CONFIG, transport, clock);
    final PaymentService payments = PaymentService.of(store, journal, clock, List.of(payfip));

    ProviderNotification notification(String idop) {
        return ProviderNotification.ofParameters(Map.of("idop", idop), clock.instant());
    }

    PaymentStatus stored() {
        return store.findByReference("CANT20260042").orElseThrow().value().status();
    }

    void started() {
        payments.start("payfip", PayfipProviderTest.request(), List.of());
        clock.advance(Duration.ofMinutes(3));
    }

    @Test
    void theIdOpLeadsToTheFetchedStatusAndTheSameNotificationTwiceCreditsOnce() {
        transport
                .expect(DETAIL, "detail-request.xml", fixture("detail-response-paid.xml"))
                .expect(DETAIL, "detail-request.xml", fixture("detail-response-paid.xml"));
        started();

        NotificationResult first = payments.onNotification(payfip, notification(ID_OP));
        NotificationResult second = payments.onNotification(payfip, notification(ID_OP));

        assertThat(first).isInstanceOfSatisfying(NotificationResult.Applied.class, applied -> assertThat(
                        applied.payment().status())
                .isEqualTo(PaymentStatus.PAID));
        assertThat(second)
                .isInstanceOfSatisfying(NotificationResult.Unchanged.class, unchanged -> assertThat(unchanged.outcome())
                        .isEqualTo(PaymentOutcome.PAID));
        assertThat(stored()).isEqualTo(PaymentStatus.PAID);
        assertThat(journal.about(
                        "payment",
                        store.findByReference("CANT20260042")
                                .orElseThrow()
                                .value()
                                .id()
                                .toString()))
                .extracting(e -> e.event().action())
                .containsExactly("payment.created", "payment.pending", "payment.paid");
        assertThat(transport.exhausted()).isTrue();
    }

    @Test
    void aResultNotKnownYetChangesNothing() {
        transport.expect(DETAIL, "detail-request.xml", fixture("detail-fault-P5.xml"));
        started();

        NotificationResult result = payments.onNotification(payfip, notification(ID_OP));

        assertThat(result)
                .isInstanceOfSatisfying(NotificationResult.Unchanged.class, unchanged -> assertThat(unchanged.outcome())
                        .isEqualTo(PaymentOutcome.WAITING));
        assertThat(stored()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aFetchedAmountOrReferenceThatDiffersIsRejectedAndChangesNothing() {
        String paid = fixture("detail-response-paid.xml");
        transport
                .expect(DETAIL, "detail-request.xml", paid.replace("<montant>4250<", "<montant>425<"))
                .expect(DETAIL, "detail-request.xml", paid.replace("CANT20260042", "CANT20260043"));
        started();

        assertThat(payments.onNotification(payfip, notification(ID_OP)))
                .isEqualTo(new NotificationResult.Rejected(
                        RejectionReason.AMOUNT_MISMATCH, "amount 425 cents, expected 4250"));
        assertThat(payments.onNotification(payfip, notification(ID_OP)))
                .isInstanceOfSatisfying(NotificationResult.Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectionReason.UNKNOWN_PAYMENT));
        assertThat(stored()).isEqualTo(PaymentStatus.PENDING);
        assertThat(transport.exhausted()).isTrue();
    }

    @Test
    void aNotificationWithoutAnIdOpOrWithAnUnknownOneAsksNothing() {
        started();

        assertThat(payments.onNotification(
                        payfip, ProviderNotification.ofParameters(Map.of("resultrans", "P"), clock.instant())))
                .isInstanceOfSatisfying(NotificationResult.Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectionReason.MALFORMED));
        assertThat(payments.onNotification(payfip, notification("not an idop!")))
                .isInstanceOfSatisfying(NotificationResult.Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectionReason.MALFORMED));
        assertThat(payments.onNotification(payfip, notification("dd0cb210-1cd4-11ea-8cca-0213ad91a103")))
                .isInstanceOfSatisfying(NotificationResult.Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectionReason.UNKNOWN_PAYMENT));
        assertThat(transport.calls()).isEqualTo(1); // the creation only
        assertThat(stored()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void anUnreachableProviderLeavesThePaymentPendingForALaterNotification() {
        transport
                .expect(DETAIL, "detail-request.xml", fixture("detail-fault-technical.xml"))
                .expect(DETAIL, "detail-request.xml", fixture("detail-response-paid.xml"));
        started();

        assertThat(payments.onNotification(payfip, notification(ID_OP)))
                .isInstanceOfSatisfying(NotificationResult.Rejected.class, rejected -> assertThat(rejected.reason())
                        .isEqualTo(RejectionReason.PROVIDER_UNAVAILABLE));
        assertThat(stored()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.onNotification(payfip, notification(ID_OP))).isInstanceOf(NotificationResult.Applied.class);
        assertThat(stored()).isEqualTo(PaymentStatus.PAID);
    }

    @Property(tries = 200)
    void noNotificationNamingAnotherIdOpAsksPayfipOrChangesThePayment(
            @ForAll @StringLength(max = 70) String idop, @ForAll("extraParameters") Map<String, String> extra) {
        Assume.that(!idop.equals(ID_OP));
        MutableClock tryClock = MutableClock.at(CREATED);
        InMemoryPaymentStore tryStore = InMemoryPaymentStore.create();
        ReplayTransport tryTransport = new ReplayTransport()
                .expect("creerPaiementSecurise", "creer-request.xml", fixture("creer-response.xml"));
        PayfipProvider provider = PayfipProvider.of(CONFIG, tryTransport, tryClock);
        PaymentService service = PaymentService.of(tryStore, InMemoryJournal.create(), tryClock, List.of(provider));
        service.start("payfip", PayfipProviderTest.request(), List.of());
        Map<String, String> parameters = new LinkedHashMap<>(extra);
        parameters.put("idop", idop);

        NotificationResult result =
                service.onNotification(provider, ProviderNotification.ofParameters(parameters, tryClock.instant()));

        assertThat(result).isInstanceOf(NotificationResult.Rejected.class);
        assertThat(tryTransport.calls()).isEqualTo(1);
        assertThat(tryStore.findByReference("CANT20260042")
                        .orElseThrow()
                        .value()
                        .status())
                .isEqualTo(PaymentStatus.PENDING);
    }

    @Provide
    Arbitrary<Map<String, String>> extraParameters() {
        return Arbitraries.maps(
                        Arbitraries.of("resultrans", "montant", "refdet", "idOp", "signature"),
                        Arbitraries.strings().ofMaxLength(40))
                .ofMaxSize(3);
    }
}
