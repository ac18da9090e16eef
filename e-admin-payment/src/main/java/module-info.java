/**
 * e-admin payment: online payment for collectivités. A provider SPI ({@link fr.eadmin.payment.spi.PaymentProvider})
 * with PayFiP, Systempay-style and Paybox providers and a simulator, the payment lifecycle with verified and
 * idempotent notifications, invoices and receipts numbered without gaps.
 */
module fr.eadmin.payment {
    requires transitive fr.eadmin.core;
    requires transitive fr.eadmin.documents;
    requires java.net.http;
    requires java.xml;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fr.eadmin.payment;
    exports fr.eadmin.payment.spi;
    exports fr.eadmin.payment.paybox;
    exports fr.eadmin.payment.payfip;
    exports fr.eadmin.payment.systempay;
    exports fr.eadmin.payment.memory;
    exports fr.eadmin.payment.jdbc;
    exports fr.eadmin.payment.simulator;
    exports fr.eadmin.payment.receipt;
    exports fr.eadmin.payment.invoice;
}
