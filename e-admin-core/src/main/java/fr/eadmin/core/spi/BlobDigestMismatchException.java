package fr.eadmin.core.spi;

import fr.eadmin.core.EAdminException;
import java.io.Serial;

/** Content sent to a {@link BlobStore} did not have the digest its sender announced: a corrupt upload. */
public final class BlobDigestMismatchException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #expectedSha256()}. */
    private final String expectedSha256;
    /** See {@link #actualSha256()}. */
    private final String actualSha256;

    /**
     * Creates the exception.
     *
     * @param expectedSha256 the announced digest
     * @param actualSha256 the digest of what was received
     */
    public BlobDigestMismatchException(String expectedSha256, String actualSha256) {
        super("content digest " + actualSha256 + " does not match the announced " + expectedSha256
                + ": the upload is corrupt and was not stored");
        this.expectedSha256 = expectedSha256;
        this.actualSha256 = actualSha256;
    }

    /** {@return the announced digest} */
    public String expectedSha256() {
        return expectedSha256;
    }

    /** {@return the digest of what was received} */
    public String actualSha256() {
        return actualSha256;
    }
}
