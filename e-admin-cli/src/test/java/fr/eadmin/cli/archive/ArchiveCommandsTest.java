package fr.eadmin.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.archive.journal.JournalExtract;
import fr.eadmin.archive.journal.JournalExtracts;
import fr.eadmin.archive.seda.Agency;
import fr.eadmin.archive.seda.AppraisalRule;
import fr.eadmin.archive.seda.ContentSource;
import fr.eadmin.archive.seda.FinalAction;
import fr.eadmin.archive.seda.SipBuilder;
import fr.eadmin.archive.seda.SipDocument;
import fr.eadmin.archive.seda.SipDossier;
import fr.eadmin.archive.seda.SipHeader;
import fr.eadmin.cli.EAdminCli;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.memory.InMemoryJournal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T16:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EAdminCli.standard()
                .run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path sip() throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 20);
        SipDossier dossier = SipDossier.of(
                "2026-000123",
                "Inscription scolaire",
                day,
                day,
                new AppraisalRule("APP-10Y", day, FinalAction.DESTROY),
                List.of(new SipDocument(
                        "Note", "note.txt", ContentSource.ofBytes("Note".getBytes(StandardCharsets.UTF_8)))));
        Path sip = dir.resolve("sip.zip");
        SipBuilder.create(CLOCK)
                .writeTo(
                        new SipHeader(
                                "SIP-1", "CONV-1", Agency.of("FRAD078"), Agency.of("MAIRIE"), "MAIRIE", "MAIRIE-DSI"),
                        List.of(dossier),
                        sip);
        return sip;
    }

    private static Path sedaFolder() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("seda");
            if (Files.exists(d.resolve("mvnw")) && Files.isDirectory(candidate.resolve("2.2"))) {
                return candidate;
            }
        }
        if (System.getenv("CI") != null) {
            fail("the SEDA schemas are not in ../shared/seda next to the repository");
        }
        assumeTrue(false, "the SEDA schemas are not in ../shared/seda next to the repository");
        throw new AssertionError("unreachable");
    }

    @Test
    void sipCheckAcceptsAValidPackageAndSaysTheSchemaWasNotChecked() throws IOException {
        Path sip = sip();
        assertThat(run("sip", "check", sip.toString())).isEqualTo(ExitCode.OK);
        assertThat(output()).startsWith("VALID").contains("not checked: the manifest was not validated");
    }

    @Test
    void sipCheckValidatesAgainstTheSchemaFolderInJson() throws IOException {
        Path sip = sip();
        assertThat(run("sip", "check", sip.toString(), "--schema", sedaFolder().toString(), "--json"))
                .isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("schemaChecked").asBoolean()).isTrue();
        assertThat(json.get("dataObjects").asInt()).isEqualTo(1);
        assertThat(json.get("notChecked")).isEmpty();
    }

    @Test
    void sipCheckReportsACorruptedPackageWithExitOne() throws IOException {
        Path sip = sip();
        Path corrupted = dir.resolve("corrupted.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(sip));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(corrupted))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().endsWith(".txt") ? "Nope".getBytes(StandardCharsets.UTF_8) : bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("../../escape.sh"));
            zip.closeEntry();
        }

        assertThat(run("sip", "check", corrupted.toString(), "--json")).isEqualTo(ExitCode.INVALID);

        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("problems").findValuesAsText("code"))
                .containsExactlyInAnyOrder("DIGEST_MISMATCH", "UNSAFE_PATH");
        assertThat(Files.exists(dir.getParent().getParent().resolve("escape.sh")))
                .isFalse();
    }

    @Test
    void sipCheckGivesUsageErrorsForMissingFilesAndBadSchemaFolders() throws IOException {
        assertThat(run("sip", "check", dir.resolve("absent.zip").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(run("sip", "check", sip().toString(), "--schema", dir.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("sip", "check")).isEqualTo(ExitCode.USAGE);
    }

    private Path journalFile(boolean tamper) throws IOException {
        InMemoryJournal journal = InMemoryJournal.create();
        Instant at = Instant.parse("2026-03-02T09:15:00Z");
        journal.append(new JournalEvent(at, Actor.system("demandes"), "demande.deposee", "demande", "d-1", Map.of()));
        journal.append(new JournalEvent(at, Actor.system("demandes"), "demande.acceptee", "demande", "d-1", Map.of()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JournalExtracts.write(JournalExtract.full(journal.read(1, 10), List.of()), bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (tamper) {
            text = text.replace("demande.acceptee", "demande.refusee");
        }
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void journalVerifyAcceptsAnIntactExportAndSaysNothingAttestsItsTime() throws IOException {
        assertThat(run("journal", "verify", journalFile(false).toString())).isEqualTo(ExitCode.OK);
        assertThat(output()).startsWith("VALID").contains("full, 2 entries").contains("not checked: no seal");
    }

    @Test
    void journalVerifyReportsAModifiedEntryInJson() throws IOException {
        assertThat(run("journal", "verify", journalFile(true).toString(), "--json"))
                .isEqualTo(ExitCode.INVALID);
        JsonNode json = new ObjectMapper().readTree(output());
        assertThat(json.get("problems").get(0).get("code").asText()).isEqualTo("ENTRY_MODIFIED");
        assertThat(json.get("problems").get(0).get("position").asLong()).isEqualTo(2);
    }

    @Test
    void journalVerifyGivesAUsageErrorForAMissingFile() {
        assertThat(run("journal", "verify", dir.resolve("none.jsonl").toString()))
                .isEqualTo(ExitCode.USAGE);
    }
}
