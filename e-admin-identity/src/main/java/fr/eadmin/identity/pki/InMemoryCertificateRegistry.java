package fr.eadmin.identity.pki;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/** A {@link CertificateRegistry} in memory, for tests and demonstrations. Nothing survives the JVM. */
public final class InMemoryCertificateRegistry implements CertificateRegistry {
    private final Object lock = new Object();
    private final Map<Key, X509Certificate> issued = new HashMap<>();
    private final Map<X500Principal, Map<BigInteger, Revocation>> revocations = new HashMap<>();
    private final Map<X500Principal, BigInteger> crlNumbers = new HashMap<>();

    /** Creates an empty registry. */
    public InMemoryCertificateRegistry() {}

    @Override
    public void recordIssued(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        Key key = new Key(certificate.getIssuerX500Principal(), certificate.getSerialNumber());
        synchronized (lock) {
            if (issued.putIfAbsent(key, certificate) != null) {
                throw new DuplicateKeyException("certificate", key.serial().toString(16));
            }
        }
    }

    @Override
    public Optional<X509Certificate> find(X500Principal issuer, BigInteger serialNumber) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        synchronized (lock) {
            return Optional.ofNullable(issued.get(new Key(issuer, serialNumber)));
        }
    }

    @Override
    public void recordRevocation(X500Principal issuer, Revocation revocation) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(revocation, "revocation");
        String serial = revocation.serialNumber().toString(16);
        synchronized (lock) {
            if (!issued.containsKey(new Key(issuer, revocation.serialNumber()))) {
                throw new NotFoundException("certificate", serial);
            }
            Map<BigInteger, Revocation> ofIssuer = revocations.computeIfAbsent(issuer, i -> new LinkedHashMap<>());
            if (ofIssuer.putIfAbsent(revocation.serialNumber(), revocation) != null) {
                throw new DuplicateKeyException("revocation", serial);
            }
        }
    }

    @Override
    public List<Revocation> revocations(X500Principal issuer) {
        Objects.requireNonNull(issuer, "issuer");
        synchronized (lock) {
            return List.copyOf(
                    new ArrayList<>(revocations.getOrDefault(issuer, Map.of()).values()));
        }
    }

    @Override
    public BigInteger nextCrlNumber(X500Principal issuer) {
        Objects.requireNonNull(issuer, "issuer");
        synchronized (lock) {
            return crlNumbers.merge(issuer, BigInteger.ONE, BigInteger::add);
        }
    }

    private record Key(X500Principal issuer, BigInteger serial) {}
}
