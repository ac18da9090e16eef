package fr.eadmin.archive.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes everything through except {@link #close()}, which only flushes: the caller owns the stream. */
public final class NonClosingOutputStream extends FilterOutputStream {
    /**
     * Wraps a stream.
     *
     * @param out the stream
     */
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
