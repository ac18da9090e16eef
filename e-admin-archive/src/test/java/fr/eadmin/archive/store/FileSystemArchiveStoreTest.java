package fr.eadmin.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemArchiveStoreTest {
    @TempDir
    Path root;

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesPackagesAndReceiptsAndReadsThemBack() throws IOException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        StoredFile sip = store.storeSip("SIP-2026-0001", bytes("zip bytes"));
        store.storeReceipt("SIP-2026-0001", ReceiptKind.ACKNOWLEDGEMENT, bytes("<Acknowledgement/>"));

        assertThat(sip.path()).isEqualTo("sips/SIP-2026-0001.zip");
        assertThat(sip.size()).isEqualTo(9);
        try (InputStream in = store.openSip("SIP-2026-0001").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("zip bytes");
        }
        try (InputStream in =
                store.openReceipt("SIP-2026-0001", ReceiptKind.ACKNOWLEDGEMENT).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<Acknowledgement/>");
        }
        assertThat(store.openReceipt("SIP-2026-0001", ReceiptKind.TRANSFER_REPLY))
                .isEmpty();
        assertThat(store.audit()).satisfies(report -> {
            assertThat(report.isIntact()).isTrue();
            assertThat(report.checked()).isEqualTo(2);
        });
    }

    @Test
    void neverOverwrites() throws IOException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        store.storeSip("SIP-1", bytes("first"));
        assertThatThrownBy(() -> store.storeSip("SIP-1", bytes("second")))
                .isInstanceOfSatisfying(AlreadyArchivedException.class, e -> assertThat(e.path())
                        .isEqualTo("sips/SIP-1.zip"));
        assertThat(Files.readString(root.resolve("sips/SIP-1.zip"))).isEqualTo("first");
        assertThat(root.resolve(".tmp")).isEmptyDirectory();
    }

    @Test
    void refusesIdentifiersThatWouldLeaveTheStore() throws IOException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        assertThatThrownBy(() -> store.storeSip("../../etc/x", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.storeSip(".hidden", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingSourceStoresNothing() throws IOException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("network cut");
            }
        };
        assertThatThrownBy(() -> store.storeSip("SIP-1", failing)).isInstanceOf(IOException.class);
        assertThat(store.openSip("SIP-1")).isEmpty();
        assertThat(store.audit().isIntact()).isTrue();
    }

    @Test
    void theAuditReportsMissingCorruptAndUnexpectedFiles() throws IOException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        store.storeSip("SIP-1", bytes("one"));
        store.storeSip("SIP-2", bytes("two"));
        store.storeSip("SIP-3", bytes("three"));
        Files.delete(root.resolve("sips/SIP-1.zip"));
        Files.writeString(root.resolve("sips/SIP-2.zip"), "tampered");
        Files.writeString(root.resolve("sips/intruder.zip"), "?");

        ArchiveAuditReport report = store.audit();

        assertThat(report.missing()).containsExactly("sips/SIP-1.zip");
        assertThat(report.corrupt()).containsExactly("sips/SIP-2.zip");
        assertThat(report.unexpected()).containsExactly("sips/intruder.zip");
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.isIntact()).isFalse();
    }

    @Test
    void sha512sumChecksTheStoreIndependently() throws IOException, InterruptedException {
        FileSystemArchiveStore store = FileSystemArchiveStore.open(root);
        store.storeSip("SIP-1", bytes("one"));
        Process process;
        try {
            process = new ProcessBuilder("sha512sum", "-c", "SIP-1.zip.sha512")
                    .directory(root.resolve("sips").toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            if (System.getenv("CI") != null) {
                throw e;
            }
            assumeTrue(false, "sha512sum is not installed");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("SIP-1.zip: OK");
    }
}
