package fr.eadmin.identity.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.eadmin.core.Actor;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.memory.InMemoryJournal;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.identity.ExternalTool;
import fr.eadmin.identity.TownPki;
import fr.eadmin.identity.pki.Pem;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimestampAuthorityTest {
    static final String POLICY = "1.2.250.1.999.1.1";

    private final TownPki pki = new TownPki();
    private final TimestampAuthority authority =
            TimestampAuthority.create(pki.tsu, new TsaSettings(POLICY, Duration.ofMillis(500)), pki.clock);
    private final TimestampVerifier verifier = TimestampVerifier.create(List.of(pki.root.certificate()), List.of());
    private final Rfc3161Timestamper timestamper = Rfc3161Timestamper.create(authority, verifier);

    @TempDir
    Path dir;

    @Test
    void grantsATokenWithThePolicyTheNonceTheClocksTimeAndTheCertificate() throws Exception {
        TimeStampRequest request = request(sha256("acte"), BigInteger.valueOf(424242), true);

        TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request);
        var info = response.getTimeStampToken().getTimeStampInfo();
        assertThat(info.getPolicy().getId()).isEqualTo(POLICY);
        assertThat(info.getNonce()).isEqualTo(BigInteger.valueOf(424242));
        assertThat(info.getGenTime().toInstant()).isEqualTo(TownPki.START);
        assertThat(info.getAccuracy().getMillis().intValueExact()).isEqualTo(500);
        assertThat(response.getTimeStampToken().getCertificates().getMatches(null))
                .isNotEmpty();
        assertThat(response.getTimeStampToken()
                        .getSignedAttributes()
                        .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .isNotNull();
    }

    @Test
    void leavesTheCertificatesOutWhenTheRequestDoesNotAskForThem() throws Exception {
        TimeStampResponse response = new TimeStampResponse(
                authority.respond(request(sha256("x"), BigInteger.ONE, false).getEncoded()));
        assertThat(response.getTimeStampToken().getCertificates().getMatches(null))
                .isEmpty();
    }

    @Test
    void givesEveryTokenItsOwnSerialNumber() throws Exception {
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            TimeStampResponse response = new TimeStampResponse(authority.respond(
                    request(sha256("x"), BigInteger.valueOf(i), true).getEncoded()));
            serials.add(response.getTimeStampToken().getTimeStampInfo().getSerialNumber());
        }
        assertThat(serials).hasSize(20);
    }

    @Test
    void refusesWeakDigestsWithBadAlg() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(new byte[] {1});
        TimeStampResponse response = new TimeStampResponse(authority.respond(
                generator.generate(OIWObjectIdentifiers.idSHA1, sha1).getEncoded()));
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
    }

    @Test
    void refusesBytesThatAreNotARequestWithBadDataFormat() throws Exception {
        TimeStampResponse response =
                new TimeStampResponse(authority.respond("pas une requête".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
    }

    @Test
    void refusesADigestOfTheWrongLengthWithBadDataFormat() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        TimeStampResponse response = new TimeStampResponse(authority.respond(generator
                .generate(NISTObjectIdentifiers.id_sha256, new byte[20])
                .getEncoded()));
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
    }

    @Test
    void refusesAnotherPolicyWithUnacceptedPolicy() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setReqPolicy(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4"));
        TimeStampResponse response = new TimeStampResponse(authority.respond(
                generator.generate(NISTObjectIdentifiers.id_sha256, sha256("x")).getEncoded()));
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.unacceptedPolicy);
        assertThatThrownBy(() -> timestamper.withPolicy("1.2.3.4").timestamp(sha256("x")))
                .isInstanceOfSatisfying(TimestampRejectedException.class, e -> assertThat(e.failureInfo())
                        .isEqualTo(PKIFailureInfo.unacceptedPolicy));
    }

    @Test
    void refusesACertificateThatIsNotATimestampingUnit() {
        assertThatThrownBy(() -> TimestampAuthority.create(pki.seal, TsaSettings.withPolicy(POLICY), pki.clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timestampsAndVerifiesDigests() {
        TimestampToken token = timestamper.timestamp(sha256("délibération"));

        assertThat(token.time()).isEqualTo(TownPki.START);
        assertThat(timestamper.verify(token, sha256("délibération"))).isTrue();
        assertThat(timestamper.verify(token, sha256("autre chose"))).isFalse();
        assertThat(timestamper.verify(
                        new TimestampToken(token.encoded(), TownPki.START.plusSeconds(1)), sha256("délibération")))
                .isFalse();
        assertThat(verifier.verify(token.encoded(), sha256("autre chose")))
                .isEqualTo(new TimestampVerification.Invalid(TimestampCheck.IMPRINT_MISMATCH));
    }

    @Test
    void rejectsTokensOfAnUntrustedAuthority() {
        TownPki other = new TownPki();
        TimestampAuthority foreign = TimestampAuthority.create(other.tsu, TsaSettings.withPolicy(POLICY), other.clock);
        TimestampToken token = Rfc3161Timestamper.create(
                        foreign, TimestampVerifier.create(List.of(other.root.certificate()), List.of()))
                .timestamp(sha256("x"));

        assertThat(timestamper.verify(token, sha256("x"))).isFalse();
        assertThat(verifier.verify(token.encoded(), sha256("x")))
                .isEqualTo(new TimestampVerification.Invalid(TimestampCheck.UNTRUSTED_AUTHORITY));
        assertThatThrownBy(() -> Rfc3161Timestamper.create(foreign, verifier).timestamp(sha256("x")))
                .isInstanceOf(InvalidTimestampResponseException.class);
    }

    @Test
    void rejectsDamagedTokens() {
        byte[] encoded = timestamper.timestamp(sha256("x")).encoded();
        encoded[encoded.length - 5] ^= 1;
        assertThat(verifier.verify(encoded, sha256("x")).isValid()).isFalse();
        assertThat(verifier.verify(new byte[] {1, 2, 3}, sha256("x")))
                .isEqualTo(new TimestampVerification.Invalid(TimestampCheck.MALFORMED));
    }

    @Test
    void rejectsAResponseToAnotherRequest() throws Exception {
        byte[] replayed =
                authority.respond(request(sha256("x"), BigInteger.TEN, true).getEncoded());
        Rfc3161Timestamper replaying = Rfc3161Timestamper.create(request -> replayed, verifier);
        assertThatThrownBy(() -> replaying.timestamp(sha256("x")))
                .isInstanceOf(InvalidTimestampResponseException.class);
        assertThatThrownBy(() -> Rfc3161Timestamper.create(request -> new byte[] {5}, verifier)
                        .timestamp(sha256("x")))
                .isInstanceOf(InvalidTimestampResponseException.class);
    }

    @Test
    void refusesDigestsOfTheWrongLength() {
        assertThatThrownBy(() -> timestamper.timestamp(new byte[20])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealsTheTraceabilityJournal() {
        InMemoryJournal journal = InMemoryJournal.create();
        journal.append(JournalEvent.now(pki.clock, Actor.system("etat-civil"), "demande.deposee", "demande", "d-1"));
        journal.seal(timestamper);
        assertThat(journal.seals()).hasSize(1);

        assertThat(journal.verify().isValid()).isTrue();
        assertThat(journal.verify(timestamper).isValid()).isTrue();
        assertThat(journal.verify(Rfc3161Timestamper.create(
                                authority,
                                TimestampVerifier.create(List.of(new TownPki().root.certificate()), List.of())))
                        .isValid())
                .isFalse();
    }

    @Test
    void opensslVerifiesOurTokensAndShowsOurPolicy() throws Exception {
        byte[] data = "Arrêté municipal n° 2026-042".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("data"), data);
        byte[] response =
                authority.respond(request(MessageDigest.getInstance("SHA-256").digest(data), BigInteger.TWO, true)
                        .getEncoded());
        Files.write(dir.resolve("token.tsr"), response);
        Files.writeString(dir.resolve("root.pem"), Pem.certificate(pki.root.certificate()));
        Files.writeString(
                dir.resolve("tsa.pem"),
                Pem.certificate(pki.tsu.certificate()) + Pem.certificate(pki.issuing.certificate()));
        String attime = Long.toString(pki.clock.instant().getEpochSecond());

        ExternalTool.Result verified = ExternalTool.run(
                dir,
                "openssl",
                "ts",
                "-verify",
                "-data",
                "data",
                "-in",
                "token.tsr",
                "-CAfile",
                "root.pem",
                "-untrusted",
                "tsa.pem",
                "-attime",
                attime);
        ExternalTool.Result text = ExternalTool.run(dir, "openssl", "ts", "-reply", "-in", "token.tsr", "-text");
        Files.write(dir.resolve("other"), "autre".getBytes(StandardCharsets.UTF_8));
        ExternalTool.Result other = ExternalTool.run(
                dir,
                "openssl",
                "ts",
                "-verify",
                "-data",
                "other",
                "-in",
                "token.tsr",
                "-CAfile",
                "root.pem",
                "-untrusted",
                "tsa.pem",
                "-attime",
                attime);

        assertThat(verified.succeeded()).as(verified.output()).isTrue();
        assertThat(verified.output()).contains("Verification: OK");
        assertThat(text.output()).contains("Policy OID: " + POLICY).contains("Nonce: 0x02");
        assertThat(other.succeeded()).as(other.output()).isFalse();
    }

    @Test
    void reachesAnAuthorityOverHttpOnTheLoopback() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsp", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean query = "application/timestamp-query"
                    .equals(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] answer = authority.respond(body);
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(query ? 200 : 415, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            Rfc3161Timestamper http = Rfc3161Timestamper.create(
                    HttpTsaTransport.create(base.resolve("/tsp"), Duration.ofSeconds(30)), verifier);
            TimestampToken token = http.timestamp(sha256("x"));
            assertThat(timestamper.verify(token, sha256("x"))).isTrue();

            Rfc3161Timestamper broken = Rfc3161Timestamper.create(
                    HttpTsaTransport.create(base.resolve("/broken"), Duration.ofSeconds(30)), verifier);
            assertThatThrownBy(() -> broken.timestamp(sha256("x")))
                    .isInstanceOfSatisfying(TimestampTransportException.class, e -> assertThat(e.httpStatus())
                            .hasValue(500));
        } finally {
            server.stop(0);
        }
        assertThatThrownBy(() -> HttpTsaTransport.create(URI.create("ftp://tsa"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static TimeStampRequest request(byte[] digest, BigInteger nonce, boolean certReq) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        return generator.generate(NISTObjectIdentifiers.id_sha256, digest, nonce);
    }
}
