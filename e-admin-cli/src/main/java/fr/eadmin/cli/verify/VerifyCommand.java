package fr.eadmin.cli.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.cli.Arguments;
import fr.eadmin.cli.Command;
import fr.eadmin.cli.ExitCode;
import fr.eadmin.cli.UsageException;
import fr.eadmin.identity.cades.ContentReadException;
import fr.eadmin.identity.pades.UnreadablePdfException;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code eadmin verify FILE --trust CERT... [--crl CRL...] [--content FILE | --extract FILE] [--json]}:
 * validates the signatures and document time-stamps of a PDF (PAdES), a detached signature ({@code .p7s}) of
 * the file given with {@code --content}, or an enveloping signature ({@code .p7m}) with its content inside,
 * against the trust anchors given, and prints the report in the vocabulary of ETSI EN 319 102-1. With
 * {@code --extract FILE} the content of an enveloping signature is written to FILE when the signature passed
 * (as {@code openssl cms -verify -out} does), never otherwise. Certificates and CRLs are read as PEM or DER.
 * Exit 0 only when every signature is TOTAL_PASSED, 1 otherwise, 2 on a wrong command line or an unreadable
 * input.
 */
public final class VerifyCommand implements Command {
    private static final String TRUST = "--trust";
    private static final String CRL_OPTION = "--crl";
    private static final String CONTENT = "--content";
    private static final String JSON = "--json";
    private static final String EXTRACT = "--extract";

    private final Clock clock;

    /** A command validating at the system's time, in Europe/Paris. */
    public VerifyCommand() {
        this(Clock.system(ZoneId.of("Europe/Paris")));
    }

    /**
     * A command validating at a given clock's time.
     *
     * @param clock the source of the validation time
     */
    public VerifyCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<String> name() {
        return List.of("verify");
    }

    @Override
    public String synopsis() {
        return "--trust CERT... [--crl CRL]... [--content FILE | --extract FILE] [--json] FILE";
    }

    @Override
    public String summary() {
        return "Validates the signatures of a PDF, a detached or an enveloping signature against trust anchors.";
    }

    @Override
    public Set<String> flags() {
        return Set.of(JSON);
    }

    @Override
    public Set<String> options() {
        return Set.of(TRUST, CRL_OPTION, CONTENT, EXTRACT);
    }

    @Override
    public int run(Arguments arguments, PrintStream out, PrintStream err) {
        String file = arguments.positional(1, 1, "one FILE").get(0);
        List<String> trustFiles = arguments.values(TRUST);
        if (trustFiles.isEmpty()) {
            throw new UsageException("give the trust anchors with --trust CERT (PEM or DER)");
        }
        List<X509Certificate> anchors = new ArrayList<>();
        for (String trust : trustFiles) {
            anchors.addAll(certificates(trust));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String crl : arguments.values(CRL_OPTION)) {
            crls.addAll(crls(crl));
        }
        byte[] bytes = Arguments.read(file);
        SignatureValidator validator = SignatureValidator.create(anchors, clock).withCrls(crls);
        ValidationReport report;
        @Nullable String content = arguments.value(CONTENT).orElse(null);
        @Nullable String extract = arguments.value(EXTRACT).orElse(null);
        @Nullable String written = null;
        if (content != null && extract != null) {
            throw new UsageException(EXTRACT + " is for a signature holding its content, " + CONTENT
                    + " for a detached one: give one of them");
        }
        if (content == null) {
            byte @Nullable [] enveloped = isPdf(bytes)
                    ? null
                    : SignatureValidator.envelopedContent(bytes).orElse(null);
            if (enveloped != null) {
                report = validator.validateEnveloping(bytes);
                if (extract != null && report.passed()) {
                    write(extract, enveloped);
                    written = extract;
                }
            } else if (!isPdf(bytes)) {
                throw new UsageException(file + " is neither a PDF nor a signature holding its content:"
                        + " give the signed file of a detached signature with " + CONTENT + " FILE");
            } else if (extract != null) {
                throw new UsageException(EXTRACT + " is for a signature holding its content, not a PDF");
            } else {
                try {
                    report = validator.validatePdf(bytes);
                } catch (UnreadablePdfException e) {
                    throw new UsageException("cannot read " + file + " as a PDF: " + e.getMessage(), e);
                }
            }
        } else {
            Path path = Path.of(content);
            if (!Files.isRegularFile(path)) {
                throw new UsageException("cannot read " + content + ": no such file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                report = validator.validateDetached(bytes, in);
            } catch (IOException | ContentReadException e) {
                throw new UsageException("cannot read " + content + ": " + e.getMessage(), e);
            }
        }
        if (arguments.has(JSON)) {
            out.println(json(file, report, written));
        } else {
            text(file, report, out);
            if (written != null) {
                out.println("content written to " + written);
            } else if (extract != null) {
                out.println("content not written: the signature did not pass");
            }
        }
        return report.passed() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, limit, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static void text(String file, ValidationReport report, PrintStream out) {
        out.println(file + ": " + report.indication());
        if (report.signatures().isEmpty()) {
            out.println("  no signature found");
        }
        for (SignatureReport signature : report.signatures()) {
            out.println("  " + signature.id() + ": " + signature.indication()
                    + signature.why().map(s -> " / " + s).orElse("")
                    + signature
                            .levelReached()
                            .map(l -> ", level " + l.name().replace('_', '-'))
                            .orElse(""));
            if (signature.signer() != null) {
                out.println("    signer: " + signature.signer());
            }
            if (signature.claimedSigningTime() != null) {
                out.println("    claimed signing time: " + signature.claimedSigningTime());
            }
            if (signature.attestedTime() != null) {
                out.println("    timestamp: " + signature.attestedTime());
            }
            for (String detail : signature.details()) {
                out.println("    " + detail);
            }
        }
    }

    private static void write(String target, byte[] content) {
        try {
            Files.write(Path.of(target), content);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static String json(String file, ValidationReport report, @Nullable String written) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file);
        root.put("indication", report.indication().name());
        root.put("validationTime", report.validationTime().toString());
        if (written != null) {
            root.put("contentWrittenTo", written);
        }
        ArrayNode signatures = root.putArray("signatures");
        for (SignatureReport signature : report.signatures()) {
            ObjectNode node = signatures.addObject();
            node.put("id", signature.id());
            node.put("kind", signature.kind().name());
            node.put("indication", signature.indication().name());
            node.put("subIndication", signature.why().map(Enum::name).orElse(null));
            node.put("signer", signature.signer());
            node.put("claimedSigningTime", text(signature.claimedSigningTime()));
            node.put("attestedTime", text(signature.attestedTime()));
            node.put("level", signature.levelReached().map(Enum::name).orElse(null));
            ArrayNode details = node.putArray("details");
            signature.details().forEach(details::add);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static List<X509Certificate> certificates(String file) {
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(Arguments.read(file))) {
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) certificate);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new UsageException("cannot read " + file + " as certificates: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new UsageException("no certificate in " + file);
        }
        return out;
    }

    private static List<X509CRL> crls(String file) {
        List<X509CRL> out = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(Arguments.read(file))) {
            for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                out.add((X509CRL) crl);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new UsageException("cannot read " + file + " as CRLs: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new UsageException("no CRL in " + file);
        }
        return out;
    }
}
