package fr.eadmin.archive.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-512, which every Java platform provides. */
public final class Sha512 {
    private Sha512() {}

    /**
     * A new SHA-512 digest.
     *
     * @return the digest
     */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }
}
