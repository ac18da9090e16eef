package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.invoice.InvoiceStatus;
import fr.eadmin.payment.spi.InvoiceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InvoiceStore}: every implementation's test extends this class and provides the
 * store. Each test uses fresh foyers and numbers, so that one database may serve the whole class.
 */
public abstract class InvoiceStoreContract extends StoreContract<InvoiceStore> {
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    /** For subclasses. */
    protected InvoiceStoreContract() {}

    private static Invoice invoice(UsagerId foyer, LocalDate dueOn) {
        return Invoice.open(
                InvoiceId.generate(Clock.systemUTC()),
                "F-" + UUID.randomUUID().toString().substring(0, 18),
                foyer,
                "cantine",
                List.of(new Facture.Line("Repas", 12, 350), new Facture.Line("Goûter", 4, 80)),
                ISSUED,
                dueOn);
    }

    @Test
    void storesAnInvoiceAndFindsIt() {
        Invoice invoice = invoice(UsagerId.random(), ISSUED.plusDays(30));

        store().create(invoice);

        assertThat(store().find(invoice.id())).contains(invoice);
        assertThat(store().find(InvoiceId.generate(Clock.systemUTC()))).isEmpty();
        assertThat(invoice.totalCents()).isEqualTo(12 * 350 + 4 * 80);
    }

    @Test
    void refusesANumberOrAnIdStoredTwice() {
        Invoice invoice = invoice(UsagerId.random(), ISSUED);
        store().create(invoice);
        Invoice sameNumber = Invoice.open(
                InvoiceId.generate(Clock.systemUTC()),
                invoice.number(),
                UsagerId.random(),
                "cantine",
                invoice.lines(),
                ISSUED,
                ISSUED);

        assertThatThrownBy(() -> store().create(invoice)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> store().create(sameNumber)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void listsTheOpenInvoicesOfAFoyerSoonestDueFirst() {
        UsagerId foyer = UsagerId.random();
        Invoice later = invoice(foyer, ISSUED.plusDays(60));
        Invoice sooner = invoice(foyer, ISSUED.plusDays(30));
        Invoice cancelled = invoice(foyer, ISSUED.plusDays(10));
        Invoice otherFoyer = invoice(UsagerId.random(), ISSUED.plusDays(5));
        for (Invoice invoice : List.of(later, sooner, cancelled, otherFoyer)) {
            store().create(invoice);
        }

        assertThat(store().cancel(cancelled.id())).isTrue();
        assertThat(store().cancel(cancelled.id())).isFalse();

        assertThat(store().findOpen(foyer)).containsExactly(sooner, later);
        assertThat(store().find(cancelled.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.CANCELLED);
    }

    @Test
    void settlesOpenInvoicesOnce() {
        UsagerId foyer = UsagerId.random();
        Invoice a = invoice(foyer, ISSUED);
        Invoice b = invoice(foyer, ISSUED);
        Invoice cancelled = invoice(foyer, ISSUED);
        store().create(a);
        store().create(b);
        store().create(cancelled);
        store().cancel(cancelled.id());
        PaymentId payment = PaymentId.generate(Clock.systemUTC());

        assertThat(store().settle(List.of(a.id(), b.id(), cancelled.id()), payment))
                .containsExactly(a.id(), b.id());
        assertThat(store().settle(List.of(a.id(), b.id()), PaymentId.generate(Clock.systemUTC())))
                .isEmpty();

        assertThat(store().find(a.id())).contains(a.paidBy(payment));
        assertThat(store().find(b.id())).contains(b.paidBy(payment));
        assertThat(store().find(cancelled.id()).orElseThrow().status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(store().findOpen(foyer)).isEmpty();
        assertThat(store().cancel(a.id())).isFalse();
    }
}
