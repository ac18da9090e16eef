package fr.eadmin.identity.account;

/** The HMAC behind TOTP codes (RFC 6238, section 1.2). */
public enum TotpAlgorithm {
    /** HMAC-SHA-1: the default, the one every authenticator application reads. */
    SHA1("HmacSHA1", "SHA1"),
    /** HMAC-SHA-256. */
    SHA256("HmacSHA256", "SHA256");

    private final String macName;
    private final String uriName;

    TotpAlgorithm(String macName, String uriName) {
        this.macName = macName;
        this.uriName = uriName;
    }

    /** {@return the JCA name of the MAC} */
    public String macName() {
        return macName;
    }

    /** {@return the name in an {@code otpauth://} URI} */
    public String uriName() {
        return uriName;
    }
}
