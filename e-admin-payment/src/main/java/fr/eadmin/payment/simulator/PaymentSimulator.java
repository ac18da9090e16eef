package fr.eadmin.payment.simulator;

import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.ConfigParameter;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderCapabilities;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import fr.eadmin.payment.spi.StartedPayment;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The embedded payment provider: a bank that lives in the application, for development, demonstrations and
 * tests. {@link #start} sends the usager to a local page the application serves ({@code pageUrl} with the
 * payment's reference); that page, or a test, then calls {@link #pay}, {@link #refuse} or {@link #abandon},
 * which record the outcome and return the notification the simulator posts, signed with HMAC-SHA-256 under
 * the simulator's key. {@link #verify} checks that signature in constant time; {@link #fetchStatus} answers
 * from what the simulator recorded.
 *
 * <p>Thread-safe. The key never appears in {@code toString()}, messages or logs.
 */
public final class PaymentSimulator implements PaymentProvider {
    /** The provider's name, stored with each payment. */
    public static final String NAME = "simulator";

    /** Notification parameter: our reference of the payment. */
    public static final String REFERENCE = "reference";
    /** Notification parameter: the simulator's transaction id. */
    public static final String TRANSACTION = "transaction";
    /** Notification parameter: the outcome, a {@link PaymentOutcome} name. */
    public static final String STATUS = "status";
    /** Notification parameter: the amount in euro cents. */
    public static final String AMOUNT = "amount";
    /** Notification parameter: the currency, ISO 4217. */
    public static final String CURRENCY = "currency";
    /** Notification parameter: the HMAC-SHA-256 of the other parameters, in lower-case hexadecimal. */
    public static final String SIGNATURE = "signature";

    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private static final ProviderCapabilities CAPABILITIES =
            new ProviderCapabilities(true, true, true, Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final List<ConfigParameter> PARAMETERS = List.of(
            new ConfigParameter(
                    "key", "Clé HMAC des notifications (32 octets au moins)", ConfigParameter.Type.KEY, true, true),
            new ConfigParameter(
                    "pageUrl", "Adresse de la page de paiement simulée", ConfigParameter.Type.URL, true, false));

    private final SecretKeySpec key;
    private final URI pageUrl;
    private final Clock clock;
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    private PaymentSimulator(byte[] key, URI pageUrl, Clock clock) {
        this.key = new SecretKeySpec(key, HMAC);
        this.pageUrl = pageUrl;
        this.clock = clock;
    }

    /**
     * A simulator.
     *
     * @param key the key notifications are signed with, at least 32 bytes (copied)
     * @param pageUrl the local page that shows the simulated payment form; the reference is added as the
     *     query parameter {@code reference}
     * @param clock the clock
     * @return the simulator
     * @throws IllegalArgumentException if the key is too short or the URL is not absolute
     */
    public static PaymentSimulator of(byte[] key, URI pageUrl, Clock clock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(clock, "clock");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the simulator's key has at least " + MIN_KEY_BYTES + " bytes");
        }
        if (!pageUrl.isAbsolute() || pageUrl.getRawQuery() != null) {
            throw new IllegalArgumentException("the simulator's page URL is absolute and has no query");
        }
        return new PaymentSimulator(key.clone(), pageUrl, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ConfigParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Records the payment and sends the usager to the simulator's page.
     *
     * @param request the payment to start
     * @return a redirection to {@code pageUrl?reference=…}, with the simulator's transaction id
     * @throws IllegalArgumentException if a payment with this reference was already started here
     */
    @Override
    public PaymentStart start(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        String transactionId = "SIM" + String.format(Locale.ROOT, "%012d", sequence.incrementAndGet());
        Transaction transaction = new Transaction(request, transactionId, PaymentOutcome.WAITING);
        if (transactions.putIfAbsent(request.reference(), transaction) != null) {
            throw new IllegalArgumentException("the simulator already started a payment with this reference");
        }
        URI location = URI.create(
                pageUrl + "?" + REFERENCE + "=" + URLEncoder.encode(request.reference(), StandardCharsets.UTF_8));
        return new PaymentStart.Redirect(location, transactionId);
    }

    /**
     * The usager pays: records the payment as paid.
     *
     * @param reference the payment's reference
     * @return the signed notification the simulator posts
     * @throws IllegalArgumentException if no payment with this reference was started here
     */
    public ProviderNotification pay(String reference) {
        return settle(reference, PaymentOutcome.PAID);
    }

    /**
     * The bank refuses: records the payment as refused.
     *
     * @param reference the payment's reference
     * @return the signed notification the simulator posts
     * @throws IllegalArgumentException if no payment with this reference was started here
     */
    public ProviderNotification refuse(String reference) {
        return settle(reference, PaymentOutcome.REFUSED);
    }

    /**
     * The usager gives up: records the payment as cancelled.
     *
     * @param reference the payment's reference
     * @return the signed notification the simulator posts
     * @throws IllegalArgumentException if no payment with this reference was started here
     */
    public ProviderNotification abandon(String reference) {
        return settle(reference, PaymentOutcome.CANCELLED);
    }

    /**
     * A notification signed with the simulator's key, with any content: what a provider that misbehaves (or
     * whose key leaked) would send. For tests of the checks made after verification.
     *
     * @param reference the reference to name
     * @param transactionId the transaction id to name
     * @param outcome the outcome to report
     * @param amountCents the amount to report
     * @param currency the currency to report
     * @return the signed notification
     */
    public ProviderNotification signedNotification(
            String reference, String transactionId, PaymentOutcome outcome, long amountCents, String currency) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(REFERENCE, Objects.requireNonNull(reference, "reference"));
        fields.put(TRANSACTION, Objects.requireNonNull(transactionId, "transactionId"));
        fields.put(STATUS, Objects.requireNonNull(outcome, "outcome").name());
        fields.put(AMOUNT, Long.toString(amountCents));
        fields.put(CURRENCY, Objects.requireNonNull(currency, "currency"));
        fields.put(SIGNATURE, HexFormat.of().formatHex(mac(fields)));
        return ProviderNotification.ofParameters(fields, clock.instant());
    }

    @Override
    public NotificationVerdict verify(ProviderNotification notification) {
        Objects.requireNonNull(notification, "notification");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of(REFERENCE, TRANSACTION, STATUS, AMOUNT, CURRENCY)) {
            Optional<String> value = notification.parameter(name);
            if (value.isEmpty()) {
                return new NotificationVerdict.Rejected(RejectionReason.MALFORMED, "missing parameter " + name);
            }
            fields.put(name, value.get());
        }
        Optional<String> signature = notification.parameter(SIGNATURE);
        if (signature.isEmpty() || signature.get().isEmpty()) {
            return new NotificationVerdict.Rejected(RejectionReason.SIGNATURE_MISSING, "no signature");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.get());
        } catch (IllegalArgumentException e) {
            return new NotificationVerdict.Rejected(RejectionReason.SIGNATURE_INVALID, "signature is not hexadecimal");
        }
        if (!MessageDigest.isEqual(mac(fields), given)) {
            return new NotificationVerdict.Rejected(RejectionReason.SIGNATURE_INVALID, "signature does not match");
        }
        PaymentOutcome outcome;
        long amount;
        try {
            outcome = PaymentOutcome.valueOf(fields.get(STATUS));
            amount = Long.parseLong(fields.get(AMOUNT));
        } catch (IllegalArgumentException e) {
            return new NotificationVerdict.Rejected(RejectionReason.MALFORMED, "unreadable status or amount");
        }
        return verified(
                fields.get(REFERENCE),
                fields.get(TRANSACTION),
                outcome,
                amount,
                fields.get(CURRENCY),
                notification.receivedAt());
    }

    @Override
    public NotificationVerdict fetchStatus(StartedPayment payment) {
        Objects.requireNonNull(payment, "payment");
        Transaction transaction = transactions.get(payment.request().reference());
        if (transaction == null) {
            return new NotificationVerdict.Rejected(
                    RejectionReason.UNKNOWN_PAYMENT, "the simulator started no payment with this reference");
        }
        return verified(
                transaction.request().reference(),
                transaction.id(),
                transaction.outcome(),
                transaction.request().amountCents(),
                PaymentRequest.CURRENCY,
                clock.instant());
    }

    /**
     * Refunds a paid payment, in whole or in part: the simulator answers directly, as a provider's refund
     * service would, and refuses to give back more than was paid less earlier refunds.
     *
     * @param payment the payment as started
     * @param amountCents the amount to refund, in euro cents
     * @return the verified refund, or why it was rejected
     */
    @Override
    public NotificationVerdict refund(StartedPayment payment, long amountCents) {
        Objects.requireNonNull(payment, "payment");
        String reference = payment.request().reference();
        boolean[] done = {false};
        Transaction transaction = transactions.computeIfPresent(reference, (r, t) -> {
            if (t.outcome() == PaymentOutcome.PAID
                    && amountCents > 0
                    && amountCents <= t.request().amountCents() - t.refundedCents()) {
                done[0] = true;
                return t.refund(amountCents);
            }
            return t;
        });
        if (transaction == null) {
            return new NotificationVerdict.Rejected(
                    RejectionReason.UNKNOWN_PAYMENT, "the simulator started no payment with this reference");
        }
        if (!done[0]) {
            return new NotificationVerdict.Rejected(
                    RejectionReason.AMOUNT_MISMATCH, "the simulator has no paid amount left to refund as asked");
        }
        return verified(
                reference,
                transaction.id(),
                PaymentOutcome.REFUNDED,
                amountCents,
                PaymentRequest.CURRENCY,
                clock.instant());
    }

    @Override
    public String toString() {
        return "PaymentSimulator[" + pageUrl + "]";
    }

    private ProviderNotification settle(String reference, PaymentOutcome outcome) {
        Objects.requireNonNull(reference, "reference");
        Transaction settled = transactions.computeIfPresent(
                reference, (r, t) -> t.outcome() == PaymentOutcome.WAITING ? t.settle(outcome) : t);
        if (settled == null) {
            throw new IllegalArgumentException("the simulator started no payment with this reference");
        }
        return signedNotification(
                reference, settled.id(), settled.outcome(), settled.request().amountCents(), PaymentRequest.CURRENCY);
    }

    private static NotificationVerdict.Verified verified(
            String reference, String transactionId, PaymentOutcome outcome, long amount, String currency, Instant at) {
        return new NotificationVerdict.Verified(
                reference,
                transactionId,
                outcome,
                amount,
                currency,
                outcome.name(),
                outcome == PaymentOutcome.PAID ? at : null);
    }

    /** HMAC of the fields, each as its UTF-8 length, a colon and its text, so that no two contents collide. */
    private byte[] mac(Map<String, String> fields) {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().equals(SIGNATURE)) {
                continue;
            }
            int length = field.getValue().getBytes(StandardCharsets.UTF_8).length;
            canonical
                    .append(field.getKey())
                    .append('=')
                    .append(length)
                    .append(':')
                    .append(field.getValue());
        }
        try {
            Mac hmac = Mac.getInstance(HMAC);
            hmac.init(key);
            return hmac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + HMAC, e);
        }
    }

    /** A payment as the simulator knows it. */
    private record Transaction(PaymentRequest request, String id, PaymentOutcome outcome, long refundedCents) {
        Transaction(PaymentRequest request, String id, PaymentOutcome outcome) {
            this(request, id, outcome, 0);
        }

        Transaction settle(PaymentOutcome next) {
            return new Transaction(request, id, next, refundedCents);
        }

        Transaction refund(long amountCents) {
            return new Transaction(request, id, outcome, refundedCents + amountCents);
        }
    }
}
