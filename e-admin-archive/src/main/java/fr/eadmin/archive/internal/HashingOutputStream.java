package fr.eadmin.archive.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/** Hashes and counts what passes through; {@link #close()} only flushes, the caller owns the stream. */
public final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param out the stream
     * @param digest the digest to update
     */
    public HashingOutputStream(OutputStream out, MessageDigest digest) {
        super(out);
        this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** {@return how many bytes were written} */
    public long count() {
        return count;
    }

    /** {@return the digest of what was written (resets the digest)} */
    public byte[] digest() {
        return digest.digest();
    }
}
