package fr.eadmin.payment.paybox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The configuration of a Paybox shop.
 *
 * @param site the site number ({@code PBX_SITE}), 7 digits
 * @param rang the rank ({@code PBX_RANG}), 2 or 3 digits
 * @param identifiant the Paybox id ({@code PBX_IDENTIFIANT}), 1 to 9 digits
 * @param hmacKey the HMAC key from the back office, in hex: never shown, never logged
 * @param providerPublicKey Paybox's RSA public key, which signs its answers
 * @param paymentUrl where the form is posted, such as {@link #PRODUCTION_URL} or {@link #PREPRODUCTION_URL}
 */
public record PayboxConfig(
        String site, String rang, String identifiant, String hmacKey, PublicKey providerPublicKey, URI paymentUrl) {
    /** The payment page in production. */
    public static final URI PRODUCTION_URL = URI.create("https://tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi");

    /** The payment page for tests. */
    public static final URI PREPRODUCTION_URL =
            URI.create("https://preprod-tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi");

    private static final Pattern SITE = Pattern.compile("[0-9]{7}");
    private static final Pattern RANG = Pattern.compile("[0-9]{2,3}");
    private static final Pattern IDENTIFIANT = Pattern.compile("[0-9]{1,9}");
    private static final Pattern HEX = Pattern.compile("(?:[0-9A-Fa-f]{2})+");

    /** Checks the values. */
    public PayboxConfig {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(rang, "rang");
        Objects.requireNonNull(identifiant, "identifiant");
        Objects.requireNonNull(hmacKey, "hmacKey");
        Objects.requireNonNull(providerPublicKey, "providerPublicKey");
        Objects.requireNonNull(paymentUrl, "paymentUrl");
        if (!SITE.matcher(site).matches()) {
            throw new IllegalArgumentException("a Paybox site is 7 digits");
        }
        if (!RANG.matcher(rang).matches()) {
            throw new IllegalArgumentException("a Paybox rang is 2 or 3 digits");
        }
        if (!IDENTIFIANT.matcher(identifiant).matches()) {
            throw new IllegalArgumentException("a Paybox identifiant is 1 to 9 digits");
        }
        if (!HEX.matcher(hmacKey).matches()) {
            throw new IllegalArgumentException("a Paybox HMAC key is hexadecimal");
        }
        if (!"RSA".equals(providerPublicKey.getAlgorithm())) {
            throw new IllegalArgumentException("Paybox signs its answers with an RSA key");
        }
        if (!"https".equals(paymentUrl.getScheme())) {
            throw new IllegalArgumentException("the Paybox payment URL must be https");
        }
    }

    /**
     * Reads Paybox's public key as it publishes it ({@code pubkey.pem}, a PEM {@code PUBLIC KEY}).
     *
     * @param pem the PEM text
     * @return the key
     * @throws IllegalArgumentException if the text is not a PEM RSA public key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PEM RSA public key", e);
        }
    }

    /** {@return the HMAC key, decoded from hex} */
    byte[] hmacKeyBytes() {
        return HexFormat.of().parseHex(hmacKey);
    }

    /** The key is a secret: never shown. */
    @Override
    public String toString() {
        return "PayboxConfig[site=" + site + ", rang=" + rang + ", identifiant=" + identifiant + ", paymentUrl="
                + paymentUrl + ", hmacKey=***]";
    }
}
