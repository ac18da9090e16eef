package fr.eadmin.archive.seda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

class SipBuilderProperties {
    private static SedaSchema schema;

    @BeforeContainer
    static void loadSchema() {
        schema = SedaSchema.load(SedaTools.sedaFolder());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(t -> {
            try {
                Text.requireToken(t, "t");
                return t.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    @Provide
    Arbitrary<SipDocument> documents() {
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
                Arbitraries.of(Samples.pdfA3b(), Samples.png("sRGB"), Samples.jfif(2), Samples.utf8("[]")));
        return Combinators.combine(texts(), texts(), content)
                .as((title, name, bytes) -> new SipDocument(title, name, ContentSource.ofBytes(bytes)));
    }

    @Provide
    Arbitrary<List<SipDocument>> documentLists() {
        return documents().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void anyDossierGivesAPackageValidAgainstTheSchemaAndTheChecker(
            @ForAll("texts") String title,
            @ForAll("texts") String reference,
            @ForAll("documentLists") List<SipDocument> documents,
            @ForAll boolean withJournal)
            throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 20);
        SipDossier dossier = SipDossier.of(
                        reference, title, day, day, new AppraisalRule("APP-1", day, FinalAction.DESTROY), documents)
                .withDescription(title + " " + reference);
        if (withJournal) {
            dossier = dossier.withJournal(Samples.journal("d-1"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SipResult result = SipBuilder.create(Zips.CLOCK).write(Samples.HEADER, List.of(dossier), out);

        SipReport report = SipChecker.withSchema(schema).check(new ByteArrayInputStream(out.toByteArray()));

        assertThat(report.problems()).isEmpty();
        List<String> uris = new ArrayList<>();
        result.objects().forEach(o -> uris.add(o.uri()));
        assertThat(uris).doesNotHaveDuplicates().allMatch(u -> SipChecker.unsafe(u) == null);
    }
}
