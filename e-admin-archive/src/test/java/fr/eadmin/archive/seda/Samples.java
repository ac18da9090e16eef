package fr.eadmin.archive.seda;

import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEntry;
import fr.eadmin.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Documents and dossiers for package tests. */
final class Samples {
    private Samples() {}

    static final SipHeader HEADER = new SipHeader(
            "SIP-2026-0001",
            "CONV-MAUREPAS-2026",
            Agency.of("FRAD078"),
            Agency.of("21780383600012"),
            "MAIRIE-MAUREPAS",
            "MAIRIE-MAUREPAS-DSI");

    static byte[] pdfA3b() {
        return ("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n"
                        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description"
                        + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>3</pdfaid:part>"
                        + "<pdfaid:conformance>B</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta>\n"
                        + "endstream\nendobj\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] pdf(String version) {
        return ("%PDF-" + version + "\n1 0 obj\n<< >>\nendobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png(String... chunks) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}) {
            bytes.add(b);
        }
        List<String> all = new ArrayList<>();
        all.add("IHDR");
        all.addAll(List.of(chunks));
        all.add("IDAT");
        all.add("IEND");
        for (String chunk : all) {
            byte[] data = chunk.equals("IHDR") ? new byte[13] : new byte[4];
            for (byte b : new byte[] {0, 0, 0, (byte) data.length}) {
                bytes.add(b);
            }
            for (byte b : chunk.getBytes(StandardCharsets.US_ASCII)) {
                bytes.add(b);
            }
            for (byte b : data) {
                bytes.add(b);
            }
            for (int i = 0; i < 4; i++) {
                bytes.add((byte) 0);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    static byte[] jfif(int minor) {
        byte[] jpeg = new byte[64];
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, (byte) minor
        };
        System.arraycopy(head, 0, jpeg, 0, head.length);
        return jpeg;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<JournalEntry> journal(String demandeId) {
        Instant at = Instant.parse("2026-03-02T09:15:00Z");
        JournalEntry first = JournalEntry.first(
                new JournalEvent(at, Actor.system("demandes"), "demande.deposee", "demande", demandeId, Map.of()));
        JournalEntry second = first.next(new JournalEvent(
                at.plusSeconds(3600),
                Actor.agent("mairie-maurepas", "a-1042"),
                "demande.acceptee",
                "demande",
                demandeId,
                Map.of("etat", "ACCEPTEE")));
        return List.of(first, second);
    }

    static SipDossier dossier() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = LocalDate.of(2026, 3, 20);
        return SipDossier.of(
                        "2026-000123",
                        "Inscription scolaire <élémentaire> & périscolaire",
                        start,
                        end,
                        new AppraisalRule("APP-10Y", end, FinalAction.DESTROY),
                        List.of(
                                new SipDocument("Formulaire", "formulaire.pdf", ContentSource.ofBytes(pdfA3b())),
                                new SipDocument(
                                        "Justificatif de domicile",
                                        "domicile scan.png",
                                        ContentSource.ofBytes(png("iTXt"))),
                                new SipDocument("Photo", "../photo.jpg", ContentSource.ofBytes(jfif(1))),
                                new SipDocument("Réponses", "reponses.json", ContentSource.ofBytes(utf8("{\"a\":1}"))),
                                new SipDocument(
                                        "Données",
                                        "donnees.xml",
                                        ContentSource.ofBytes(utf8("<?xml version=\"1.0\"?><a/>"))),
                                new SipDocument("Note", "note.txt", ContentSource.ofBytes(utf8("Note d'instruction"))),
                                new SipDocument("Pièce", "piece.bin", ContentSource.ofBytes(random(5000, 7)))))
                .withDescription("Inscription de l'enfant en école élémentaire")
                .withAccessRule(new AccessRule("ACC-00050", end))
                .withJournal(journal("019a0000-0000-7000-8000-000000000001"));
    }
}
