package fr.eadmin.payment.payfip;

import static fr.eadmin.payment.payfip.ReplayTransport.fixture;
import static fr.eadmin.payment.providers.Tampering.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import fr.eadmin.payment.spi.StartedPayment;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayfipProviderTest {
    static final Instant CREATED = Instant.parse("2026-03-14T09:26:53Z");
    static final String ID_OP = "cc0cb210-1cd4-11ea-8cca-0213ad91a103";
    static final PayfipConfig CONFIG = new PayfipConfig("003106", PayfipConfig.Saisie.TEST);

    final MutableClock clock = MutableClock.at(CREATED);

    static PaymentRequest request(String refdet, long cents, String objet, Email mel) {
        return new PaymentRequest(
                refdet,
                cents,
                objet,
                mel,
                URI.create("https://mairie.example.org/paiement/payfip/retour"),
                URI.create("https://mairie.example.org/paiement/payfip/notification?a=1&b=2"),
                CREATED);
    }

    static PaymentRequest request() {
        return request(
                "CANT20260042", 4250, "Cantine mars 2026 - École Jules Ferry", Email.parse("usager@example.org"));
    }

    PayfipProvider provider(ReplayTransport transport) {
        return PayfipProvider.of(CONFIG, transport, clock);
    }

    NotificationVerdict fetch(String response) {
        ReplayTransport transport =
                new ReplayTransport().expect("recupererDetailPaiementSecurise", "detail-request.xml", response);
        NotificationVerdict verdict = provider(transport).fetchStatus(new StartedPayment(request(), ID_OP));
        assertThat(transport.exhausted()).isTrue();
        return verdict;
    }

    @Test
    void startsWithTheRecordedRequestAndRedirectsToTheIdOp() {
        ReplayTransport transport = new ReplayTransport()
                .expect("creerPaiementSecurise", "creer-request.xml", fixture("creer-response.xml"));

        PaymentStart start = provider(transport).start(request());

        assertThat(start)
                .isEqualTo(new PaymentStart.Redirect(
                        URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web?idop=" + ID_OP), ID_OP));
        assertThat(transport.exhausted()).isTrue();
    }

    @Test
    void aFaultAtCreationIsAnExceptionWithPayfipsCode() {
        ReplayTransport transport = new ReplayTransport()
                .expect("creerPaiementSecurise", "creer-request.xml", fixture("creer-fault-refdet.xml"));

        assertThatThrownBy(() -> provider(transport).start(request()))
                .isInstanceOfSatisfying(
                        PayfipFaultException.class, e -> assertThat(e.code()).isEqualTo("R3"));
    }

    @Test
    void anAnswerThatIsNotSoapOrHasNoIdOpMeansUnavailable() {
        ReplayTransport html = new ReplayTransport()
                .expect("creerPaiementSecurise", "creer-request.xml", "<html><body>Maintenance</body></html>");
        assertThatThrownBy(() -> provider(html).start(request())).isInstanceOf(PayfipUnavailableException.class);

        ReplayTransport noIdOp = new ReplayTransport()
                .expect(
                        "creerPaiementSecurise",
                        "creer-request.xml",
                        fixture("creer-response.xml").replace(ID_OP, "<!-- none -->"));
        assertThatThrownBy(() -> provider(noIdOp).start(request())).isInstanceOf(PayfipUnavailableException.class);

        ReplayTransport doctype = new ReplayTransport()
                .expect(
                        "creerPaiementSecurise",
                        "creer-request.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        assertThatThrownBy(() -> provider(doctype).start(request())).isInstanceOf(PayfipUnavailableException.class);
    }

    @Test
    void checksEveryFieldBeforeSendingAnything() {
        ReplayTransport transport = new ReplayTransport();
        PayfipProvider provider = provider(transport);
        Email mel = Email.parse("usager@example.org");

        assertField(provider, request("CANT1", 4250, "Cantine", mel), "refdet");
        assertField(provider, request("C".repeat(31), 4250, "Cantine", mel), "refdet");
        assertField(provider, request("CANT-2026-0042", 4250, "Cantine", mel), "refdet");
        assertField(provider, request("CANT20260042", 4250, "x".repeat(101), mel), "objet");
        assertField(provider, request("CANT20260042", 4250, "Cantine <b>", mel), "objet");
        assertField(provider, request("CANT20260042", 4250, "   ", mel), "objet");
        assertField(provider, request("CANT20260042", 99, "Cantine", mel), "montant");
        assertField(provider, request("CANT20260042", 10_000_000, "Cantine", mel), "montant");
        assertField(provider, request("CANT20260042", 4250, "Cantine", null), "mel");
        PaymentRequest longUrl = new PaymentRequest(
                "CANT20260042",
                4250,
                "Cantine",
                mel,
                URI.create("https://mairie.example.org/" + "r".repeat(250)),
                URI.create("https://mairie.example.org/n"),
                CREATED);
        assertField(provider, longUrl, "urlredirect");
        assertThat(transport.calls()).isZero();

        assertThatThrownBy(() -> new PayfipConfig("3106", PayfipConfig.Saisie.TEST))
                .isInstanceOf(PayfipFieldException.class)
                .hasMessageContaining("numcli");
        assertThatThrownBy(() -> new PayfipConfig("0031067", PayfipConfig.Saisie.TEST))
                .isInstanceOf(PayfipFieldException.class);
    }

    @Test
    void sendsTheModeAndTheYear() {
        PayfipProvider production = PayfipProvider.of(
                new PayfipConfig("003106", PayfipConfig.Saisie.PRODUCTION), new ReplayTransport(), clock);
        PaymentRequest newYearsEve = new PaymentRequest(
                "CANT20260042",
                4250,
                "Cantine",
                Email.parse("usager@example.org"),
                URI.create("https://a.example/r"),
                URI.create("https://a.example/n"),
                Instant.parse("2025-12-31T23:30:00Z"));
        Map<String, String> fields = production.creationFields(newYearsEve);
        assertThat(fields).containsEntry("saisie", "W").containsEntry("exer", "2026");
        assertThat(PayfipConfig.Saisie.ACTIVATION.code()).isEqualTo("X");
    }

    @Test
    void fetchesAPaidStatus() {
        NotificationVerdict verdict = fetch(fixture("detail-response-paid.xml"));

        assertThat(verdict)
                .isEqualTo(new NotificationVerdict.Verified(
                        "CANT20260042",
                        ID_OP,
                        PaymentOutcome.PAID,
                        4250,
                        "EUR",
                        "P",
                        Instant.parse("2026-03-14T09:31:00Z")));
    }

    @ParameterizedTest
    @CsvSource({"P, PAID", "V, PAID", "R, REFUSED", "Z, REFUSED", "A, CANCELLED"})
    void mapsEveryResult(String resultrans, PaymentOutcome outcome) {
        NotificationVerdict verdict =
                fetch(fixture("detail-response-paid.xml").replace("<resultrans>P<", "<resultrans>" + resultrans + "<"));

        assertThat(verdict).isInstanceOfSatisfying(NotificationVerdict.Verified.class, v -> {
            assertThat(v.outcome()).isEqualTo(outcome);
            assertThat(v.providerStatus()).isEqualTo(resultrans);
            assertThat(v.paidAt() != null).isEqualTo(outcome == PaymentOutcome.PAID);
        });
    }

    @Test
    void anUnknownResultOrAMissingAmountIsMalformed() {
        assertThat(reason(fetch(fixture("detail-response-paid.xml").replace("<resultrans>P<", "<resultrans>Q<"))))
                .isEqualTo(RejectionReason.MALFORMED);
        assertThat(reason(fetch(fixture("detail-response-paid.xml").replace("<montant>4250</montant>", ""))))
                .isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void anAnswerAboutAnotherRegieOrIdOpIsRejected() {
        assertThat(reason(fetch(fixture("detail-response-paid.xml").replace("<numcli>003106<", "<numcli>009999<"))))
                .isEqualTo(RejectionReason.UNKNOWN_PAYMENT);
        assertThat(reason(fetch(fixture("detail-response-paid.xml")
                        .replace("<idOp>" + ID_OP, "<idOp>dd0cb210-1cd4-11ea-8cca-0213ad91a103"))))
                .isEqualTo(RejectionReason.UNKNOWN_PAYMENT);
    }

    @Test
    void resultNotKnownYetIsWaitingWhileTheIdOpLivesThenExpired() {
        clock.advance(Duration.ofMinutes(14));
        NotificationVerdict waiting = fetch(fixture("detail-fault-P5.xml"));
        assertThat(waiting).isInstanceOfSatisfying(NotificationVerdict.Verified.class, v -> {
            assertThat(v.outcome()).isEqualTo(PaymentOutcome.WAITING);
            assertThat(v.providerStatus()).isEqualTo("P5");
        });

        clock.advance(Duration.ofMinutes(2));
        NotificationVerdict expired = fetch(fixture("detail-fault-P5.xml"));
        assertThat(expired).isInstanceOfSatisfying(NotificationVerdict.Verified.class, v -> assertThat(v.outcome())
                .isEqualTo(PaymentOutcome.EXPIRED));
    }

    @Test
    void anUnknownIdOpIsRejected() {
        assertThat(fetch(fixture("detail-fault-P1.xml")))
                .isEqualTo(new NotificationVerdict.Rejected(RejectionReason.UNKNOWN_PAYMENT, "P1: IdOp incorrect."));
        PayfipProvider provider = provider(new ReplayTransport());
        assertThat(reason(provider.fetchStatus(new StartedPayment(request(), null))))
                .isEqualTo(RejectionReason.UNKNOWN_PAYMENT);
    }

    @Test
    void aTechnicalFaultOrAnUnreachableServiceIsUnavailable() {
        assertThat(reason(fetch(fixture("detail-fault-technical.xml"))))
                .isEqualTo(RejectionReason.PROVIDER_UNAVAILABLE);
        PayfipProvider down = PayfipProvider.of(
                CONFIG,
                (operation, envelope) -> {
                    throw new PayfipUnavailableException("PayFiP " + operation + " could not be reached", null);
                },
                clock);
        assertThat(reason(down.fetchStatus(new StartedPayment(request(), ID_OP))))
                .isEqualTo(RejectionReason.PROVIDER_UNAVAILABLE);
    }

    @Test
    void neverTrustsANotificationEvenOneClaimingSuccess() {
        ReplayTransport transport = new ReplayTransport();
        ProviderNotification notification =
                ProviderNotification.ofParameters(Map.of("idop", ID_OP, "resultrans", "P", "montant", "4250"), CREATED);

        assertThat(reason(provider(transport).verify(notification))).isEqualTo(RejectionReason.SIGNATURE_MISSING);
        assertThat(PayfipProvider.idOp(notification)).contains(ID_OP);
        assertThat(PayfipProvider.idOp(ProviderNotification.ofParameters(Map.of("idop", "x'><"), CREATED)))
                .isEmpty();
        assertThat(transport.calls()).isZero();
        assertThat(provider(transport).capabilities().signedNotifications()).isFalse();
        assertThat(provider(transport).capabilities().fetchBack()).isTrue();
        assertThat(provider(transport).capabilities().paymentLifetime()).isEqualTo(Duration.ofMinutes(15));
    }

    @Property
    void anyNotificationIsRejected(@ForAll @StringLength(max = 40) String idop, @ForAll String resultrans) {
        ProviderNotification notification =
                ProviderNotification.ofParameters(Map.of("idop", idop, "resultrans", resultrans), CREATED);
        assertThat(provider(new ReplayTransport()).verify(notification))
                .isInstanceOf(NotificationVerdict.Rejected.class);
    }

    @Test
    void escapesWhatItSends() {
        assertThat(Soap.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&apos;");
        assertThat(PayfipProvider.objet("  Séjour à l'été  ")).isEqualTo("Sejour a l'ete");
    }

    static void assertField(PayfipProvider provider, PaymentRequest request, String field) {
        assertThatThrownBy(() -> provider.start(request))
                .isInstanceOfSatisfying(
                        PayfipFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
