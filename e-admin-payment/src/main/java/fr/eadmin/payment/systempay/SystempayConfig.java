package fr.eadmin.payment.systempay;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The configuration of a Systempay / PayZen shop.
 *
 * @param siteId the shop id ({@code vads_site_id}), 8 digits
 * @param key the certificate of the mode used (test or production), the HMAC key: never shown, never logged
 * @param mode test or production ({@code vads_ctx_mode})
 * @param paymentUrl where the form is posted, such as {@link #SYSTEMPAY_URL} or {@link #PAYZEN_URL}
 */
public record SystempayConfig(String siteId, String key, Mode mode, URI paymentUrl) {
    /** The payment page of Systempay (Banque Populaire, Caisse d'Épargne). */
    public static final URI SYSTEMPAY_URL = URI.create("https://paiement.systempay.fr/vads-payment/");

    /** The payment page of PayZen (Lyra). */
    public static final URI PAYZEN_URL = URI.create("https://secure.payzen.eu/vads-payment/");

    private static final Pattern SITE_ID = Pattern.compile("[0-9]{8}");

    /** The shop's mode, as {@code vads_ctx_mode}. */
    public enum Mode {
        /** Test payments, with the test certificate. */
        TEST,
        /** Real payments, with the production certificate. */
        PRODUCTION
    }

    /** Checks the values. */
    public SystempayConfig {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(paymentUrl, "paymentUrl");
        if (!SITE_ID.matcher(siteId).matches()) {
            throw new IllegalArgumentException("a Systempay site id is 8 digits");
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("a Systempay certificate must not be blank");
        }
        if (!"https".equals(paymentUrl.getScheme())) {
            throw new IllegalArgumentException("the Systempay payment URL must be https");
        }
    }

    /** The key is a secret: never shown. */
    @Override
    public String toString() {
        return "SystempayConfig[siteId=" + siteId + ", mode=" + mode + ", paymentUrl=" + paymentUrl + ", key=***]";
    }
}
