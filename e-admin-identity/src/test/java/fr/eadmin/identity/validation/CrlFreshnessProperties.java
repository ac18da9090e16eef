package fr.eadmin.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.cades.CadesSigner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CrlFreshnessProperties {
    private static final byte[] CONTENT = "Arrêté n° 2026-7".getBytes(StandardCharsets.UTF_8);
    private static final TownPki PKI = new TownPki();
    private static final byte[] SIGNATURE =
            CadesSigner.create(PKI.agent, PKI.clock).sign(new ByteArrayInputStream(CONTENT));

    /** A CAdES-B signature passes exactly while the CRLs given are fresh, and is TRY_LATER after. */
    @Property(tries = 60)
    synchronized void aSignatureWithoutTimestampPassesOnlyWhileItsCrlsAreFresh(
            @ForAll @IntRange(min = 1, max = 14 * 24) int validityHours,
            @ForAll @IntRange(min = 0, max = 30 * 24) int ageHours) {
        PKI.clock.set(TownPki.START);
        List<X509CRL> crls = List.of(
                PKI.root.publishCrl(Duration.ofHours(validityHours)),
                PKI.issuing.publishCrl(Duration.ofHours(validityHours)));
        PKI.clock.set(TownPki.START.plus(Duration.ofHours(ageHours)));

        SignatureReport report = SignatureValidator.create(List.of(PKI.root.certificate()), PKI.clock)
                .withCrls(crls)
                .validateDetached(SIGNATURE, new ByteArrayInputStream(CONTENT))
                .signatures()
                .get(0);

        if (ageHours <= validityHours) {
            assertThat(report.indication()).as(report.details().toString()).isEqualTo(Indication.TOTAL_PASSED);
        } else {
            assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
            assertThat(report.subIndication()).isEqualTo(SubIndication.TRY_LATER);
            assertThat(report.details()).anySatisfy(d -> assertThat(d).contains("is not fresh"));
        }
    }
}
