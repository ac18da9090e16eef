package fr.eadmin.payment.jdbc;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.Transactions;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.documents.Quittance;
import fr.eadmin.payment.Payment;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.PaymentRefund;
import fr.eadmin.payment.PaymentStatus;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.receipt.PaidPayment;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.ReceiptCancellation;
import fr.eadmin.payment.receipt.ReceiptDraft;
import fr.eadmin.payment.receipt.ReceiptNumber;
import fr.eadmin.payment.receipt.SettledPayment;
import fr.eadmin.payment.spi.InvoiceStore;
import fr.eadmin.payment.spi.PaymentStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Payments in a relational database (H2 or PostgreSQL), in the tables {@link PaymentSchema} creates. An
 * update is conditional on the stored version ({@code UPDATE … WHERE id = ? AND version = ?}), so that of two
 * concurrent updates of a payment, read at the same version, exactly one succeeds.
 */
public final class JdbcPaymentStore implements PaymentStore {
    private static final String COLUMNS = "id, reference, amount_cents, description, provider, status, "
            + "provider_transaction_id, return_url, notification_url, created_at, updated_at, expires_at, version";

    private final DataSource dataSource;
    private final Transactions transactions;

    private JdbcPaymentStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * A store on a data source whose schema is up to date ({@link PaymentSchema#initializer()}).
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcPaymentStore of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcPaymentStore(dataSource, Transactions.of(dataSource));
    }

    @Override
    public Versioned<Payment> create(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_payment (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                    insert.setObject(1, payment.id().value());
                    insert.setString(2, payment.reference());
                    insert.setLong(3, payment.amountCents());
                    insert.setString(4, payment.description());
                    insert.setString(5, payment.provider());
                    bindMutable(insert, 6, payment);
                    insert.setString(8, payment.returnUrl().toString());
                    insert.setString(9, payment.notificationUrl().toString());
                    insert.setObject(10, payment.createdAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(11, payment.updatedAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(12, payment.expiresAt().atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_payment_invoice (payment_id, seq, invoice_id) VALUES (?, ?, ?)")) {
                    for (int i = 0; i < payment.invoiceIds().size(); i++) {
                        insert.setObject(1, payment.id().value());
                        insert.setInt(2, i);
                        insert.setString(3, payment.invoiceIds().get(i));
                        insert.addBatch();
                    }
                    if (!payment.invoiceIds().isEmpty()) {
                        insert.executeBatch();
                    }
                }
                return new Versioned<>(payment, 1);
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException("payment", payment.reference());
            }
            throw new DatabaseAccessException("create payment " + payment.id(), e);
        }
    }

    @Override
    public Versioned<Payment> update(Payment payment, long expectedVersion) {
        Objects.requireNonNull(payment, "payment");
        try {
            return transactions.inTransaction(connection -> update(connection, payment, expectedVersion));
        } catch (SQLException e) {
            throw new DatabaseAccessException("update payment " + payment.id(), e);
        }
    }

    /**
     * Replaces a payment inside a transaction the caller manages, so that other rows (a receipt) are written
     * in the same transaction.
     *
     * @param connection the connection, in a transaction
     * @param payment the new state
     * @param expectedVersion the version it was read at
     * @return the payment at the next version
     * @throws SQLException if the database fails
     * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
     * @throws NotFoundException if no payment has this id
     */
    static Versioned<Payment> update(Connection connection, Payment payment, long expectedVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_payment SET status = ?, "
                + "provider_transaction_id = ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND reference = ?")) {
            bindMutable(update, 1, payment);
            update.setObject(3, payment.updatedAt().atOffset(ZoneOffset.UTC));
            update.setObject(4, payment.id().value());
            update.setLong(5, expectedVersion);
            update.setString(6, payment.reference());
            if (update.executeUpdate() == 1) {
                return new Versioned<>(payment, expectedVersion + 1);
            }
        }
        if (select(connection, "id = ?", payment.id().value()).isEmpty()) {
            throw new NotFoundException("payment", payment.id().toString());
        }
        throw new ConcurrentUpdateException("payment", payment.id().toString(), expectedVersion);
    }

    @Override
    public PaidPayment recordPaid(Payment paid, long expectedVersion, ReceiptDraft draft) {
        Objects.requireNonNull(draft, "draft");
        SettledPayment settled = recordPaidAndSettle(paid, expectedVersion, draft, null);
        return new PaidPayment(settled.payment(), Objects.requireNonNull(settled.receipt()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The invoices must be those of a {@link JdbcInvoiceStore} on the same data source, so that they are
     * settled in the transaction of the payment.
     */
    @Override
    public SettledPayment recordPaidAndSettle(
            Payment paid, long expectedVersion, @Nullable ReceiptDraft draft, @Nullable InvoiceStore invoices) {
        Objects.requireNonNull(paid, "paid");
        if (invoices != null && !(invoices instanceof JdbcInvoiceStore jdbc && jdbc.isIn(dataSource))) {
            throw new IllegalArgumentException(
                    "a JDBC payment store settles the invoices of a JDBC invoice store on its own data source");
        }
        int year = ReceiptNumber.yearOf(paid.updatedAt());
        if (draft != null) {
            Receipt.issue(paid, draft, new ReceiptNumber(year, 1)); // checks before any database work
        } else if (paid.status() != PaymentStatus.PAID) {
            throw new IllegalArgumentException("only a paid payment is recorded as paid");
        }
        List<InvoiceId> toSettle = invoices == null
                ? List.of()
                : paid.invoiceIds().stream().map(InvoiceId::parse).toList();
        try {
            if (draft != null) {
                ensureCounter(draft.regie(), year);
            }
            return transactions.inTransaction(connection -> {
                // the payment first: a concurrent update fails here, before a number is taken
                Versioned<Payment> updated = update(connection, paid, expectedVersion);
                Receipt receipt = null;
                if (draft != null) {
                    receipt = Receipt.issue(paid, draft, nextNumber(connection, draft.regie(), year));
                    insertReceipt(connection, receipt);
                }
                List<InvoiceId> settled = JdbcInvoiceStore.settle(connection, toSettle, paid.id());
                return new SettledPayment(updated, receipt, settled);
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException("receipt", paid.id().toString());
            }
            throw new DatabaseAccessException("record payment " + paid.id() + " as paid", e);
        }
    }

    @Override
    public Versioned<Payment> recordRefund(
            Payment refunded, long expectedVersion, PaymentRefund refund, @Nullable ReceiptCancellation cancellation) {
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(refund, "refund");
        if (!refund.paymentId().equals(refunded.id())) {
            throw new IllegalArgumentException("the refund is of another payment");
        }
        try {
            return transactions.inTransaction(connection -> {
                // the payment first: a concurrent refund fails here, before anything is written
                Versioned<Payment> updated = update(connection, refunded, expectedVersion);
                int seq = 1;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT COALESCE(MAX(seq), 0) FROM eadmin_payment_refund WHERE payment_id = ?")) {
                    select.setObject(1, refunded.id().value());
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            seq = rows.getInt(1) + 1;
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_payment_refund "
                        + "(payment_id, seq, amount_cents, reason, refunded_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setObject(1, refunded.id().value());
                    insert.setInt(2, seq);
                    insert.setLong(3, refund.amountCents());
                    insert.setString(4, refund.reason());
                    insert.setObject(5, refund.refundedAt().atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                if (cancellation != null) {
                    insertCancellation(connection, cancellation);
                }
                return updated;
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e) && cancellation != null) {
                throw new DuplicateKeyException(
                        "receipt cancellation", cancellation.regie() + "/" + cancellation.number());
            }
            throw new DatabaseAccessException("record a refund of payment " + refunded.id(), e);
        }
    }

    @Override
    public List<PaymentRefund> refunds(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        try {
            return transactions.inTransaction(connection -> {
                List<PaymentRefund> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT amount_cents, reason, refunded_at"
                        + " FROM eadmin_payment_refund WHERE payment_id = ? ORDER BY seq")) {
                    select.setObject(1, paymentId.value());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(new PaymentRefund(
                                    paymentId,
                                    rows.getLong(1),
                                    rows.getString(2),
                                    rows.getObject(3, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find refunds of payment " + paymentId, e);
        }
    }

    @Override
    public Optional<Receipt> findReceipt(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        try {
            return transactions.inTransaction(connection -> {
                List<Receipt> found = selectReceipts(connection, "payment_id = ?", paymentId.value());
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find receipt of payment " + paymentId, e);
        }
    }

    @Override
    public List<Receipt> receipts(String regie, int year) {
        Objects.requireNonNull(regie, "regie");
        try {
            return transactions.inTransaction(
                    connection -> selectReceipts(connection, "regie = ? AND receipt_year = ?", regie, year));
        } catch (SQLException e) {
            throw new DatabaseAccessException("list receipts of " + regie, e);
        }
    }

    @Override
    public void cancelReceipt(ReceiptCancellation cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        String key = cancellation.regie() + "/" + cancellation.number();
        try {
            transactions.inTransaction(connection -> {
                insertCancellation(connection, cancellation);
                return null;
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException("receipt cancellation", key);
            }
            throw new DatabaseAccessException("cancel receipt " + key, e);
        }
    }

    private static void insertCancellation(Connection connection, ReceiptCancellation cancellation)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq FROM eadmin_receipt WHERE regie = ? AND receipt_year = ? AND seq = ?")) {
            bindKey(select, cancellation.regie(), cancellation.number());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException("receipt", cancellation.regie() + "/" + cancellation.number());
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_receipt_cancellation "
                + "(regie, receipt_year, seq, reason, cancelled_at) VALUES (?, ?, ?, ?, ?)")) {
            bindKey(insert, cancellation.regie(), cancellation.number());
            insert.setString(4, cancellation.reason());
            insert.setObject(5, cancellation.cancelledAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<ReceiptCancellation> findCancellation(String regie, ReceiptNumber number) {
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(number, "number");
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT reason, cancelled_at FROM "
                        + "eadmin_receipt_cancellation WHERE regie = ? AND receipt_year = ? AND seq = ?")) {
                    bindKey(select, regie, number);
                    try (ResultSet rows = select.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new ReceiptCancellation(
                                        regie,
                                        number,
                                        rows.getString(1),
                                        rows.getObject(2, OffsetDateTime.class).toInstant()))
                                : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find the cancellation of receipt " + regie + "/" + number, e);
        }
    }

    /** Creates the counter row of a régie and year if missing, in a transaction of its own. */
    private void ensureCounter(String regie, int year) throws SQLException {
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT last_number FROM eadmin_receipt_counter WHERE regie = ? AND receipt_year = ?")) {
                    select.setString(1, regie);
                    select.setInt(2, year);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            return null;
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_receipt_counter (regie, receipt_year, last_number) VALUES (?, ?, 0)")) {
                    insert.setString(1, regie);
                    insert.setInt(2, year);
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            if (!Transactions.isUniqueViolation(e)) {
                throw e; // otherwise another transaction created it meanwhile
            }
        }
    }

    /** Takes the next number: the UPDATE locks the counter row until the transaction ends. */
    private static ReceiptNumber nextNumber(Connection connection, String regie, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE eadmin_receipt_counter "
                + "SET last_number = last_number + 1 WHERE regie = ? AND receipt_year = ?")) {
            update.setString(1, regie);
            update.setInt(2, year);
            if (update.executeUpdate() != 1) {
                throw new SQLException("the receipt counter of " + regie + " " + year + " is missing", "02000");
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_number FROM eadmin_receipt_counter WHERE regie = ? AND receipt_year = ?")) {
            select.setString(1, regie);
            select.setInt(2, year);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new ReceiptNumber(year, rows.getLong(1));
            }
        }
    }

    private static void insertReceipt(Connection connection, Receipt receipt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_receipt (regie, receipt_year, "
                + "seq, payment_id, amount_cents, payer, means, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindReceiptKey(insert, receipt);
            insert.setObject(4, receipt.paymentId().value());
            insert.setLong(5, receipt.amountCents());
            insert.setString(6, receipt.payer());
            insert.setString(7, receipt.means().name());
            insert.setObject(8, receipt.issuedAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_receipt_line (regie, "
                + "receipt_year, seq, line_no, label, amount_cents) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < receipt.lines().size(); i++) {
                bindReceiptKey(insert, receipt);
                insert.setInt(4, i);
                insert.setString(5, receipt.lines().get(i).label());
                insert.setLong(6, receipt.lines().get(i).amountCents());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bindReceiptKey(PreparedStatement statement, Receipt receipt) throws SQLException {
        bindKey(statement, receipt.regie(), receipt.number());
    }

    private static void bindKey(PreparedStatement statement, String regie, ReceiptNumber number) throws SQLException {
        statement.setString(1, regie);
        statement.setInt(2, number.year());
        statement.setLong(3, number.sequence());
    }

    private static List<Receipt> selectReceipts(Connection connection, String where, Object... keys)
            throws SQLException {
        List<Receipt> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT regie, receipt_year, seq, payment_id, "
                + "amount_cents, payer, means, issued_at FROM eadmin_receipt WHERE " + where
                + " ORDER BY receipt_year, seq")) {
            for (int i = 0; i < keys.length; i++) {
                select.setObject(i + 1, keys[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String regie = rows.getString(1);
                    ReceiptNumber number = new ReceiptNumber(rows.getInt(2), rows.getLong(3));
                    found.add(new Receipt(
                            regie,
                            number,
                            new PaymentId(rows.getObject(4, UUID.class)),
                            rows.getLong(5),
                            rows.getString(6),
                            lines(connection, regie, number),
                            Quittance.MeansOfPayment.valueOf(rows.getString(7)),
                            rows.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }

    private static List<Quittance.Line> lines(Connection connection, String regie, ReceiptNumber number)
            throws SQLException {
        List<Quittance.Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT label, amount_cents FROM "
                + "eadmin_receipt_line WHERE regie = ? AND receipt_year = ? AND seq = ? ORDER BY line_no")) {
            select.setString(1, regie);
            select.setInt(2, number.year());
            select.setLong(3, number.sequence());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Quittance.Line(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return lines;
    }

    @Override
    public Optional<Versioned<Payment>> find(PaymentId id) {
        Objects.requireNonNull(id, "id");
        return one("id = ?", id.value());
    }

    @Override
    public Optional<Versioned<Payment>> findByReference(String reference) {
        Objects.requireNonNull(reference, "reference");
        return one("reference = ?", reference);
    }

    @Override
    public Optional<Versioned<Payment>> findByProviderTransactionId(String provider, String providerTransactionId) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerTransactionId, "providerTransactionId");
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM eadmin_payment WHERE provider = ? AND provider_transaction_id = ?"
                        + " ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY")) {
                    select.setString(1, provider);
                    select.setString(2, providerTransactionId);
                    try (ResultSet rows = select.executeQuery()) {
                        return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find payment by provider transaction id", e);
        }
    }

    @Override
    public List<Versioned<Payment>> findOpen(int limit) {
        PaymentStore.checkLimit(limit);
        try {
            return transactions.inTransaction(connection -> {
                List<Versioned<Payment>> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM eadmin_payment WHERE status IN ('CREATED', 'PENDING') ORDER BY created_at, id"
                        + " FETCH FIRST " + limit + " ROWS ONLY")) {
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(read(connection, rows));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find open payments", e);
        }
    }

    private Optional<Versioned<Payment>> one(String where, Object key) {
        try {
            return transactions.inTransaction(connection -> select(connection, where, key));
        } catch (SQLException e) {
            throw new DatabaseAccessException("find payment", e);
        }
    }

    static Optional<Versioned<Payment>> select(Connection connection, String where, Object key) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM eadmin_payment WHERE " + where)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
            }
        }
    }

    private static void bindMutable(PreparedStatement statement, int first, Payment payment) throws SQLException {
        statement.setString(first, payment.status().name());
        statement.setString(first + 1, payment.providerTransactionId());
    }

    private static Versioned<Payment> read(Connection connection, ResultSet rows) throws SQLException {
        UUID id = rows.getObject(1, UUID.class);
        Payment payment = new Payment(
                new PaymentId(id),
                rows.getString(2),
                rows.getLong(3),
                rows.getString(4),
                rows.getString(5),
                PaymentStatus.valueOf(rows.getString(6)),
                rows.getString(7),
                URI.create(rows.getString(8)),
                URI.create(rows.getString(9)),
                rows.getObject(10, OffsetDateTime.class).toInstant(),
                rows.getObject(11, OffsetDateTime.class).toInstant(),
                rows.getObject(12, OffsetDateTime.class).toInstant(),
                invoices(connection, id));
        return new Versioned<>(payment, rows.getLong(13));
    }

    private static List<String> invoices(Connection connection, UUID id) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT invoice_id FROM eadmin_payment_invoice WHERE payment_id = ? ORDER BY seq")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
