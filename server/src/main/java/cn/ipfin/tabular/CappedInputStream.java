package cn.ipfin.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes actually read and refuses past a cap; an upload's declared Content-Length or a zip entry's
 * declared size are the sender's claims, not facts.
 */
final class CappedInputStream extends FilterInputStream {

    private final long cap;
    private final Supplier<TabularFileRejected> refusal;
    private long count;

    CappedInputStream(InputStream in, long cap, Supplier<TabularFileRejected> refusal) {
        super(in);
        this.cap = cap;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count lie
    }

    private void counted(long n) {
        count += n;
        if (count > cap) {
            throw refusal.get();
        }
    }
}
