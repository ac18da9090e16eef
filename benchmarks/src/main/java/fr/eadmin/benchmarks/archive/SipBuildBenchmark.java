package fr.eadmin.benchmarks.archive;

import fr.eadmin.archive.seda.Agency;
import fr.eadmin.archive.seda.AppraisalRule;
import fr.eadmin.archive.seda.ContentSource;
import fr.eadmin.archive.seda.FinalAction;
import fr.eadmin.archive.seda.SipBuilder;
import fr.eadmin.archive.seda.SipDocument;
import fr.eadmin.archive.seda.SipDossier;
import fr.eadmin.archive.seda.SipHeader;
import fr.eadmin.archive.seda.SipResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a SEDA 2.2 package of a 1 GB dossier (20 files of 50 MiB of random bytes, generated once under
 * {@code target/sip-benchmark/}), against the floor: SHA-512 and zip of the same bytes with the same deflate
 * level, written to the same discarding sink. Both read the files from disk in 64 KiB chunks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SipBuildBenchmark {
    private static final int FILES = 20;
    private static final int FILE_SIZE = 50 << 20;

    /** The deflate level, the same for both. */
    @Param({"1"})
    public int level;

    private List<Path> files = List.of();
    private SipHeader header =
            new SipHeader("SIP-BENCH", "CONV", Agency.of("AD"), Agency.of("MAIRIE"), "MAIRIE", "DSI");

    /** Creates the state (JMH). */
    public SipBuildBenchmark() {}

    /**
     * Generates the files once, or reuses them from an earlier run.
     *
     * @throws IOException if they cannot be written
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        Path folder = Path.of("target", "sip-benchmark");
        Files.createDirectories(folder);
        List<Path> generated = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2026);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < FILES; i++) {
            Path file = folder.resolve(String.format("piece-%02d.bin", i));
            if (!Files.exists(file) || Files.size(file) != FILE_SIZE) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    for (int written = 0; written < FILE_SIZE; written += chunk.length) {
                        random.nextBytes(chunk);
                        out.write(chunk);
                    }
                }
            }
            generated.add(file);
        }
        files = List.copyOf(generated);
    }

    /**
     * e-admin's builder: copy with hashing and format sniffing, then the manifest.
     *
     * @return the result, so that nothing is optimised away
     * @throws IOException if a file cannot be read
     */
    @Benchmark
    public SipResult sipBuilder() throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 20);
        List<SipDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(new SipDocument(
                    "Pièce " + file.getFileName(), file.getFileName().toString(), ContentSource.of(file)));
        }
        SipDossier dossier = SipDossier.of(
                "2026-000001",
                "Dossier de 1 Go",
                day,
                day,
                new AppraisalRule("APP-10Y", day, FinalAction.DESTROY),
                documents);
        return SipBuilder.create(Clock.systemUTC())
                .withCompressionLevel(level)
                .write(header, List.of(dossier), new Sink());
    }

    /**
     * The floor: SHA-512 of each file while it is deflated into a zip, nothing else.
     *
     * @return the digests, so that nothing is optimised away
     * @throws IOException if a file cannot be read
     * @throws NoSuchAlgorithmException never
     */
    @Benchmark
    public List<String> floorSha512AndZip() throws IOException, NoSuchAlgorithmException {
        List<String> digests = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(new Sink())) {
            zip.setLevel(level);
            for (Path file : files) {
                digests.add(hashAndZip(file, zip, buffer));
            }
        }
        return digests;
    }

    // One method per file, as the builder has, so that both loops are compiled the same way (not on-stack).
    private static String hashAndZip(Path file, ZipOutputStream zip, byte[] buffer)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-512");
        zip.putNextEntry(new ZipEntry("Content/" + file.getFileName()));
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                zip.write(buffer, 0, n);
            }
        }
        zip.closeEntry();
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Discards what is written, counting it. */
    private static final class Sink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
