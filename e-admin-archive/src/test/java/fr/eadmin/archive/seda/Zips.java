package fr.eadmin.archive.seda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and rewrites small zips, to corrupt packages on purpose. */
final class Zips {
    private Zips() {}

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T16:00:00Z"), ZoneId.of("Europe/Paris"));

    static byte[] sip() {
        return sip(List.of(Samples.dossier()));
    }

    static byte[] sip(List<SipDossier> dossiers) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SipBuilder.create(CLOCK).write(Samples.HEADER, dossiers, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip where two entries have the same path: written under two names of the same length, then the
     * second name patched in the local header and the central directory.
     */
    static byte[] withDuplicate(Map<String, byte[]> entries, String path) {
        String marker = path.substring(0, path.length() - 1) + "\u0001";
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(marker, "second".getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(copy);
        byte[] from = marker.getBytes(StandardCharsets.UTF_8);
        byte[] to = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= zip.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = zip[i + j] == from[j];
            }
            if (match) {
                System.arraycopy(to, 0, zip, i, to.length);
            }
        }
        return zip;
    }

    static String manifest(byte[] zip) {
        return new String(entries(zip).get(SipBuilder.MANIFEST), StandardCharsets.UTF_8);
    }
}
