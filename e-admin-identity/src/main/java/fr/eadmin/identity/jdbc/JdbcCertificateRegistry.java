package fr.eadmin.identity.jdbc;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.pki.CertificateRegistry;
import fr.eadmin.identity.pki.Revocation;
import fr.eadmin.identity.pki.RevocationReason;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CertificateRegistry} in the tables {@code eadmin_certificate}, {@code
 * eadmin_certificate_revocation} and {@code eadmin_crl_counter} ({@link IdentitySchema}). CRL numbers are
 * allocated by incrementing the issuer's counter row in the transaction that reads it back: concurrent
 * allocations, on one node or several, take turns on the row lock and get consecutive numbers. Thread-safe.
 */
public final class JdbcCertificateRegistry implements CertificateRegistry {
    private static final int COUNTER_ATTEMPTS = 3;

    private final Jdbc jdbc;

    private JdbcCertificateRegistry(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * A registry on a database whose identity schema is applied.
     *
     * @param dataSource the database
     * @return the registry
     */
    public static JdbcCertificateRegistry create(DataSource dataSource) {
        return new JdbcCertificateRegistry(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public void recordIssued(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        String serial = certificate.getSerialNumber().toString(16);
        byte[] der;
        try {
            der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new CryptographicFailureException("encode a certificate", e);
        }
        jdbc.execute("record certificate " + serial, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO eadmin_certificate (issuer_dn, serial, der, not_after) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, key(certificate.getIssuerX500Principal()));
                insert.setString(2, serial);
                insert.setBytes(3, der);
                insert.setObject(4, Jdbc.timestamp(certificate.getNotAfter().toInstant()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("certificate", serial);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<X509Certificate> find(X500Principal issuer, BigInteger serialNumber) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        String serial = serialNumber.toString(16);
        byte @Nullable [] der = jdbc.<byte @Nullable []>read("find certificate " + serial, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT der FROM eadmin_certificate WHERE issuer_dn = ? AND serial = ?")) {
                select.setString(1, key(issuer));
                select.setString(2, serial);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                }
            }
        });
        if (der == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException e) {
            throw new CryptographicFailureException("decode a stored certificate", e);
        }
    }

    @Override
    public void recordRevocation(X500Principal issuer, Revocation revocation) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(revocation, "revocation");
        String serial = revocation.serialNumber().toString(16);
        jdbc.execute("record revocation " + serial, connection -> {
            if (!exists(connection, key(issuer), serial)) {
                throw new NotFoundException("certificate", serial);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_certificate_revocation"
                    + " (issuer_dn, serial, revoked_at, reason) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, key(issuer));
                insert.setString(2, serial);
                insert.setObject(3, Jdbc.timestamp(revocation.revokedAt()));
                insert.setString(4, revocation.reason().name());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("revocation", serial);
                }
                throw e;
            }
        });
    }

    @Override
    public List<Revocation> revocations(X500Principal issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return jdbc.read("list revocations", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT serial, revoked_at, reason"
                    + " FROM eadmin_certificate_revocation WHERE issuer_dn = ? ORDER BY recorded_no")) {
                select.setString(1, key(issuer));
                try (ResultSet row = select.executeQuery()) {
                    List<Revocation> revocations = new ArrayList<>();
                    while (row.next()) {
                        revocations.add(new Revocation(
                                new BigInteger(row.getString("serial"), 16),
                                Jdbc.requiredInstant(row, "revoked_at"),
                                RevocationReason.valueOf(row.getString("reason"))));
                    }
                    return List.copyOf(revocations);
                }
            }
        });
    }

    @Override
    public BigInteger nextCrlNumber(X500Principal issuer) {
        Objects.requireNonNull(issuer, "issuer");
        String key = key(issuer);
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.inTransaction("allocate a CRL number", connection -> allocate(connection, key));
            } catch (CounterCreatedConcurrently e) {
                if (attempt == COUNTER_ATTEMPTS) {
                    throw new IllegalStateException("the CRL counter row could not be created", e);
                }
            }
        }
    }

    private static BigInteger allocate(Connection connection, String key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE eadmin_crl_counter SET last_number = last_number + 1 WHERE issuer_dn = ?")) {
            update.setString(1, key);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_crl_counter (issuer_dn, last_number) VALUES (?, 1)")) {
                    insert.setString(1, key);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (Jdbc.isUniqueViolation(e)) {
                        throw new CounterCreatedConcurrently();
                    }
                    throw e;
                }
                return BigInteger.ONE;
            }
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT last_number FROM eadmin_crl_counter WHERE issuer_dn = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the CRL counter row vanished", "02000");
                }
                return BigInteger.valueOf(row.getLong(1));
            }
        }
    }

    private static boolean exists(Connection connection, String issuer, String serial) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM eadmin_certificate WHERE issuer_dn = ? AND serial = ?")) {
            select.setString(1, issuer);
            select.setString(2, serial);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String key(X500Principal issuer) {
        return issuer.getName(X500Principal.CANONICAL);
    }

    @Override
    public String toString() {
        return "JdbcCertificateRegistry";
    }

    /** Another transaction created the issuer's counter row first: the allocation is tried again. */
    private static final class CounterCreatedConcurrently extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        CounterCreatedConcurrently() {
            super("the CRL counter row was created concurrently", null, false, false);
        }
    }
}
