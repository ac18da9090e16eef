package fr.eadmin.identity.validation;

import fr.eadmin.identity.cades.CadesCheck;
import fr.eadmin.identity.cades.CadesVerification;
import fr.eadmin.identity.cades.CadesVerifier;
import fr.eadmin.identity.internal.Cms;
import fr.eadmin.identity.pades.UnreadablePdfException;
import fr.eadmin.identity.timestamp.TimestampCheck;
import fr.eadmin.identity.timestamp.TimestampVerification;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.jspecify.annotations.Nullable;

/**
 * Validates signatures against trust anchors the caller chooses and answers with a {@link ValidationReport}
 * in the vocabulary of ETSI EN 319 102-1: PAdES signatures of PDFs and detached CAdES signatures.
 *
 * <p>The cryptographic and certificate checks are {@link CadesVerifier}'s, mapped to indications:
 *
 * <ul>
 *   <li>content digest differs: TOTAL_FAILED / HASH_FAILURE; signature value wrong: TOTAL_FAILED /
 *       SIG_CRYPTO_FAILURE;
 *   <li>malformed CMS, missing or forbidden signed attribute, no {@code /M}, an unknown SubFilter:
 *       INDETERMINATE / FORMAT_FAILURE; a byte range that does not fit the file: INDETERMINATE /
 *       SIGNED_DATA_NOT_FOUND;
 *   <li>signer's certificate absent or not the one signing-certificate-v2 names: INDETERMINATE /
 *       NO_SIGNING_CERTIFICATE_FOUND; not a signing certificate: INDETERMINATE / CHAIN_CONSTRAINTS_FAILURE;
 *   <li>no chain to a trust anchor: INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND;
 *   <li>certificate outside its validity at the signing or validation time: INDETERMINATE /
 *       OUT_OF_BOUNDS_NOT_REVOKED when a CRL of its issuer does not list it, OUT_OF_BOUNDS_NO_POE otherwise;
 *   <li>signer revoked: TOTAL_FAILED / REVOKED when a valid signature-time-stamp proves the signature came
 *       after the revocation, INDETERMINATE / REVOKED_NO_POE without one;
 *   <li>a signature-time-stamp that fails its checks (imprint, signature, a timestamping unit that does not
 *       chain to the trust anchors, lacks the timeStamping usage, is outside its validity at the attested
 *       time, is revoked or has no fresh CRL) gives no proof of existence: the signature is validated as
 *       a B-B one at the validation time, and reported with the sub-indication that check gives (for
 *       instance REVOKED_NO_POE, OUT_OF_BOUNDS_NO_POE), or INDETERMINATE / SIG_CONSTRAINTS_FAILURE if it
 *       passes; the details say why the time-stamp was rejected;
 *   <li>no fresh CRL for a certificate of the chain (neither in the PDF's DSS nor given), that is none
 *       signed by its issuer whose nextUpdate is at or after the validation time (the time-stamp's time for
 *       a B-T signature): INDETERMINATE / TRY_LATER, with the stale or ignored CRLs in the details.
 * </ul>
 *
 * <p>Document time-stamps (SubFilter {@code ETSI.RFC3161}, the building block of PAdES B-LTA) are reported
 * as their own entries ({@link SignatureReport.Kind#DOCUMENT_TIMESTAMP}): the token's message imprint must
 * be the SHA-256 of the bytes its byte range covers (else TOTAL_FAILED / HASH_FAILURE; a bad token
 * signature is TOTAL_FAILED / SIG_CRYPTO_FAILURE), and its unit is checked as a signature-time-stamp's
 * (NO_CERTIFICATE_CHAIN_FOUND, CHAIN_CONSTRAINTS_FAILURE, OUT_OF_BOUNDS_NO_POE, REVOKED_NO_POE,
 * TRY_LATER), and the document after it is compared as after a signature.
 *
 * <p>PDFs are validated strictly: the revision each signature covers (up to the end of its byte range) is
 * compared object by object with the final document, and any change that is not a later signature, its
 * field and widget, or a document security store makes the signature TOTAL_FAILED / HASH_FAILURE: what a
 * reader shows is no longer what was signed. The details name the changed objects.
 *
 * <p>Revocation data comes from the PDF's document security store ({@code /DSS /CRLs}) and from the CRLs
 * given with {@link #withCrls}. The level reached is B-LT when the DSS alone holds the chain and a CRL of
 * every issuer of it. Thread-safe.
 */
public final class SignatureValidator {
    private static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final COSName ETSI_RFC3161 = COSName.getPDFName("ETSI.RFC3161");

    private final List<X509Certificate> anchors;
    private final List<X509CRL> crls;
    private final Clock clock;

    private SignatureValidator(List<X509Certificate> anchors, List<X509CRL> crls, Clock clock) {
        this.anchors = anchors;
        this.crls = crls;
        this.clock = clock;
    }

    /**
     * A validator trusting the given roots for signers and timestamping units.
     *
     * @param trustAnchors the roots (the town's root, a trust service provider's)
     * @param clock the source of the validation time
     * @return the validator
     * @throws IllegalArgumentException if there is no trust anchor
     */
    public static SignatureValidator create(Collection<X509Certificate> trustAnchors, Clock clock) {
        Objects.requireNonNull(trustAnchors, "trustAnchors");
        Objects.requireNonNull(clock, "clock");
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("a validator needs at least one trust anchor");
        }
        return new SignatureValidator(List.copyOf(trustAnchors), List.of(), clock);
    }

    /**
     * The same validator, with CRLs for signatures whose document does not carry them.
     *
     * @param revocationLists the CRLs
     * @return the validator
     */
    public SignatureValidator withCrls(Collection<X509CRL> revocationLists) {
        return new SignatureValidator(anchors, List.copyOf(revocationLists), clock);
    }

    /**
     * Validates a detached CAdES signature (a {@code .p7s}) of a content read to its end and not closed.
     *
     * @param signature the CMS
     * @param content the signed content
     * @return the report, with one signature
     * @throws fr.eadmin.identity.cades.ContentReadException if the content cannot be read
     */
    public ValidationReport validateDetached(byte[] signature, InputStream content) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(content, "content");
        Instant now = clock.instant();
        CadesVerification result = verifier(crls, List.of()).verify(signature, content);
        CmsFacts facts = CmsFacts.read(signature);
        return new ValidationReport(now, List.of(report("signature", result, facts, null, List.of(), null, crls)));
    }

    /**
     * Validates an enveloping CAdES signature (a {@code .p7m}) with its content inside: the checks of
     * {@link #validateDetached} on the encapsulated content.
     *
     * @param signature the CMS, with its content
     * @return the report, with one signature; INDETERMINATE / SIGNED_DATA_NOT_FOUND if the CMS holds no
     *     content, INDETERMINATE / FORMAT_FAILURE if it is not a CMS signed data
     */
    public ValidationReport validateEnveloping(byte[] signature) {
        Objects.requireNonNull(signature, "signature");
        byte @Nullable [] content = Cms.encapsulatedContent(signature);
        if (content == null) {
            SignatureReport report = !isSignedData(signature)
                    ? failed(
                            "signature",
                            Indication.INDETERMINATE,
                            SubIndication.FORMAT_FAILURE,
                            "not a CMS signed data")
                    : failed(
                            "signature",
                            Indication.INDETERMINATE,
                            SubIndication.SIGNED_DATA_NOT_FOUND,
                            "the signature does not hold its content");
            return new ValidationReport(clock.instant(), List.of(report));
        }
        return validateDetached(Cms.detached(signature), new ByteArrayInputStream(content));
    }

    private static boolean isSignedData(byte[] signature) {
        try {
            new CMSSignedData(signature);
            return true;
        } catch (CMSException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The content an enveloping signature holds.
     *
     * @param signature the CMS
     * @return the content, or empty if the bytes are not a CMS signed data with content (a detached signature)
     */
    public static Optional<byte[]> envelopedContent(byte[] signature) {
        return Optional.ofNullable(Cms.encapsulatedContent(Objects.requireNonNull(signature, "signature")));
    }

    /**
     * Validates every signature of a PDF.
     *
     * @param pdf the document
     * @return the report, one entry per signature and per document time-stamp, in the order of the document
     * @throws UnreadablePdfException if the bytes cannot be read as a PDF
     */
    public ValidationReport validatePdf(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        Instant now = clock.instant();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ValidationMaterial dss = ValidationMaterial.read(document);
            List<X509CRL> all = new ArrayList<>(crls);
            all.addAll(dss.crls());
            CadesVerifier verifier = verifier(all, dss.certificates());
            TimestampVerifier timestamps = timestampVerifier(all, dss.certificates());
            List<SignatureReport> reports = new ArrayList<>();
            int index = 0;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                index++;
                if (ETSI_RFC3161.getName().equals(signature.getSubFilter())) {
                    reports.add(validateDocumentTimestamp(
                            "document timestamp " + index, signature, document, pdf, timestamps));
                    continue;
                }
                reports.add(validate("signature " + index, signature, document, pdf, verifier, dss, all));
            }
            return new ValidationReport(now, reports);
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        }
    }

    private CadesVerifier verifier(List<X509CRL> revocationLists, List<X509Certificate> intermediates) {
        return CadesVerifier.create(anchors, clock)
                .withTimestampVerifier(TimestampVerifier.create(anchors, intermediates))
                .withCrls(revocationLists)
                .requiringRevocationData();
    }

    private TimestampVerifier timestampVerifier(List<X509CRL> revocationLists, List<X509Certificate> intermediates) {
        return TimestampVerifier.create(anchors, intermediates)
                .withCrls(revocationLists)
                .requiringRevocationData();
    }

    private static SignatureReport validateDocumentTimestamp(
            String id, PDSignature signature, PDDocument document, byte[] pdf, TimestampVerifier timestamps)
            throws IOException {
        int[] range = signature.getByteRange();
        if (!coversAllButContents(range, pdf)) {
            return signedDataNotFound(id, SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        }
        byte[] token = Cms.firstObject(signature.getContents(pdf));
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(signature.getSignedContent(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        TimestampVerification verification = timestamps.verify(token, digest);
        List<String> changes = changesAfter(document, pdf, range);
        List<String> details = new ArrayList<>();
        if (verification instanceof TimestampVerification.Valid valid) {
            String unit = valid.signer().getSubjectX500Principal().getName(X500Principal.RFC2253);
            details.add("document time-stamp of policy " + valid.policy() + ", serial " + valid.serialNumber());
            boolean changed = !changes.isEmpty();
            if (changed) {
                details.add("the document was changed after this time-stamp");
                details.addAll(changes);
            }
            return new SignatureReport(
                    id,
                    changed ? Indication.TOTAL_FAILED : Indication.TOTAL_PASSED,
                    changed ? SubIndication.HASH_FAILURE : null,
                    unit,
                    null,
                    valid.time(),
                    null,
                    details,
                    SignatureReport.Kind.DOCUMENT_TIMESTAMP);
        }
        TimestampCheck check = ((TimestampVerification.Invalid) verification).failedCheck();
        Indication indication = Indication.INDETERMINATE;
        SubIndication sub =
                switch (check) {
                    case IMPRINT_MISMATCH -> {
                        indication = Indication.TOTAL_FAILED;
                        yield SubIndication.HASH_FAILURE;
                    }
                    case SIGNATURE_INVALID -> {
                        indication = Indication.TOTAL_FAILED;
                        yield SubIndication.SIG_CRYPTO_FAILURE;
                    }
                    case MALFORMED -> SubIndication.FORMAT_FAILURE;
                    case SIGNER_CERTIFICATE_MISSING -> SubIndication.NO_SIGNING_CERTIFICATE_FOUND;
                    case NOT_A_TIMESTAMPING_UNIT -> SubIndication.CHAIN_CONSTRAINTS_FAILURE;
                    case CERTIFICATE_EXPIRED -> SubIndication.OUT_OF_BOUNDS_NO_POE;
                    case UNTRUSTED_AUTHORITY -> SubIndication.NO_CERTIFICATE_CHAIN_FOUND;
                    case CERTIFICATE_REVOKED -> SubIndication.REVOKED_NO_POE;
                    case REVOCATION_DATA_MISSING -> SubIndication.TRY_LATER;
                };
        details.add("failed check of the document time-stamp: " + check);
        if (!changes.isEmpty()) {
            details.add("the document was changed after this time-stamp");
            details.addAll(changes);
            indication = Indication.TOTAL_FAILED;
            sub = SubIndication.HASH_FAILURE;
        }
        return new SignatureReport(
                id, indication, sub, null, null, null, null, details, SignatureReport.Kind.DOCUMENT_TIMESTAMP);
    }

    private static SignatureReport signedDataNotFound(String id, SignatureReport.Kind kind) {
        return failed(
                id,
                Indication.INDETERMINATE,
                SubIndication.SIGNED_DATA_NOT_FOUND,
                "the byte range does not cover the file around /Contents",
                kind);
    }

    private static List<String> changesAfter(PDDocument document, byte[] pdf, int[] range) {
        try {
            return RevisionComparison.unpermittedChanges(document, pdf, range[2] + range[3]);
        } catch (IOException | RuntimeException e) {
            return List.of("the revision this signature covers cannot be read as a PDF");
        }
    }

    private SignatureReport validate(
            String id,
            PDSignature signature,
            PDDocument document,
            byte[] pdf,
            CadesVerifier verifier,
            ValidationMaterial dss,
            List<X509CRL> revocationLists)
            throws IOException {
        int[] range = signature.getByteRange();
        if (!coversAllButContents(range, pdf)) {
            return signedDataNotFound(id, SignatureReport.Kind.SIGNATURE);
        }
        byte[] contents = Cms.firstObject(signature.getContents(pdf));
        CmsFacts facts = CmsFacts.read(contents);
        if (!ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            return failed(
                    id,
                    Indication.INDETERMINATE,
                    SubIndication.FORMAT_FAILURE,
                    "SubFilter " + signature.getSubFilter() + " is not ETSI.CAdES.detached");
        }
        Calendar claimed = signature.getSignDate();
        if (claimed == null) {
            return failed(id, Indication.INDETERMINATE, SubIndication.FORMAT_FAILURE, "no signing time (/M)");
        }
        CadesVerification result;
        try (InputStream signed = new ByteArrayInputStream(signature.getSignedContent(pdf))) {
            result = verifier.verifyWithoutSigningTimeAttribute(contents, signed, claimed.toInstant());
        }
        List<String> changes = changesAfter(document, pdf, range);
        return report(id, result, facts, claimed.toInstant(), changes, dss, revocationLists);
    }

    private static boolean coversAllButContents(int @Nullable [] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        long end = (long) range[2] + range[3];
        if (gapStart <= 0 || gapEnd <= gapStart + 1 || range[3] < 0 || end > pdf.length) {
            return false;
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return false;
        }
        for (long i = gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(pdf[(int) i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SignatureReport report(
            String id,
            CadesVerification result,
            CmsFacts facts,
            @Nullable Instant claimed,
            List<String> changes,
            @Nullable ValidationMaterial dss,
            List<X509CRL> revocationLists) {
        if (result instanceof CadesVerification.Valid valid) {
            String signer = valid.signer().getSubjectX500Principal().getName(X500Principal.RFC2253);
            BaselineLevel level = valid.timestampTime() == null ? BaselineLevel.B_B : BaselineLevel.B_T;
            if (level == BaselineLevel.B_T && dss != null && dss.covers(valid.path())) {
                level = BaselineLevel.B_LT;
            }
            if (!changes.isEmpty()) {
                List<String> details = new ArrayList<>(valid.notes());
                details.add("the document was changed after this signature");
                details.addAll(changes);
                return new SignatureReport(
                        id,
                        Indication.TOTAL_FAILED,
                        SubIndication.HASH_FAILURE,
                        signer,
                        valid.signingTime(),
                        valid.timestampTime(),
                        level,
                        details);
            }
            return new SignatureReport(
                    id,
                    Indication.TOTAL_PASSED,
                    null,
                    signer,
                    valid.signingTime(),
                    valid.timestampTime(),
                    level,
                    valid.notes());
        }
        CadesVerification.Invalid invalid = (CadesVerification.Invalid) result;
        CadesCheck check = invalid.failedCheck();
        Indication indication = Indication.INDETERMINATE;
        SubIndication sub;
        switch (check) {
            case DIGEST_MISMATCH -> {
                indication = Indication.TOTAL_FAILED;
                sub = SubIndication.HASH_FAILURE;
            }
            case SIGNATURE_INVALID -> {
                indication = Indication.TOTAL_FAILED;
                sub = SubIndication.SIG_CRYPTO_FAILURE;
            }
            case CERTIFICATE_REVOKED -> {
                if (invalid.timestampTime() != null) {
                    indication = Indication.TOTAL_FAILED;
                    sub = SubIndication.REVOKED;
                } else {
                    sub = SubIndication.REVOKED_NO_POE;
                }
            }
            case MALFORMED, NOT_ONE_SIGNER, MISSING_SIGNED_ATTRIBUTE, UNEXPECTED_SIGNED_ATTRIBUTE ->
                sub = SubIndication.FORMAT_FAILURE;
            case SIGNER_CERTIFICATE_MISSING, SIGNING_CERTIFICATE_MISMATCH ->
                sub = SubIndication.NO_SIGNING_CERTIFICATE_FOUND;
            case NOT_A_SIGNING_CERTIFICATE -> sub = SubIndication.CHAIN_CONSTRAINTS_FAILURE;
            case TIMESTAMP_INVALID -> sub = SubIndication.SIG_CONSTRAINTS_FAILURE;
            case CERTIFICATE_EXPIRED ->
                sub = facts.notRevokedPer(revocationLists)
                        ? SubIndication.OUT_OF_BOUNDS_NOT_REVOKED
                        : SubIndication.OUT_OF_BOUNDS_NO_POE;
            case UNTRUSTED_SIGNER -> sub = SubIndication.NO_CERTIFICATE_CHAIN_FOUND;
            case REVOCATION_DATA_MISSING -> sub = SubIndication.TRY_LATER;
            default -> throw new IllegalStateException("unmapped check " + check);
        }
        List<String> details = new ArrayList<>();
        details.add("failed check: " + check);
        details.addAll(invalid.notes());
        if (!changes.isEmpty()) {
            details.add("the document was changed after this signature");
            details.addAll(changes);
            if (indication != Indication.TOTAL_FAILED) {
                indication = Indication.TOTAL_FAILED;
                sub = SubIndication.HASH_FAILURE;
            }
        }
        return new SignatureReport(
                id,
                indication,
                sub,
                facts.signer(),
                claimed != null ? claimed : facts.signingTime(),
                invalid.timestampTime(),
                null,
                details);
    }

    private static SignatureReport failed(String id, Indication indication, SubIndication sub, String detail) {
        return failed(id, indication, sub, detail, SignatureReport.Kind.SIGNATURE);
    }

    private static SignatureReport failed(
            String id, Indication indication, SubIndication sub, String detail, SignatureReport.Kind kind) {
        return new SignatureReport(id, indication, sub, null, null, null, null, List.of(detail), kind);
    }
}
