package fr.eadmin.archive.seda;

/**
 * The limits a checker applies while reading a package, against zip bombs and runaway files.
 *
 * @param maxEntries the most entries
 * @param maxEntrySize the largest expanded entry, in bytes
 * @param maxTotalSize the largest expanded package, in bytes
 * @param maxRatio the largest ratio of expanded to compressed size, for entries above 1 MiB
 * @param maxManifestSize the largest manifest, in bytes
 */
public record SipLimits(int maxEntries, long maxEntrySize, long maxTotalSize, int maxRatio, int maxManifestSize) {
    /** Generous limits for dossiers of several gigabytes: 100,000 entries, 16 GiB per entry, 64 GiB in all, ratio 200, manifest 256 MiB. */
    public static final SipLimits DEFAULT = new SipLimits(100_000, 16L << 30, 64L << 30, 200, 256 << 20);

    /** Checks the values. */
    public SipLimits {
        if (maxEntries < 1 || maxEntrySize < 1 || maxTotalSize < 1 || maxRatio < 1 || maxManifestSize < 1) {
            throw new IllegalArgumentException("limits are positive");
        }
    }
}
