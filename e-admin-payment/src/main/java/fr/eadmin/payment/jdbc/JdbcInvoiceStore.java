package fr.eadmin.payment.jdbc;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.Transactions;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.Facture;
import fr.eadmin.payment.PaymentId;
import fr.eadmin.payment.invoice.Invoice;
import fr.eadmin.payment.invoice.InvoiceId;
import fr.eadmin.payment.invoice.InvoiceStatus;
import fr.eadmin.payment.spi.InvoiceStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Invoices in a relational database (H2 or PostgreSQL), in the tables {@link PaymentSchema} creates. */
public final class JdbcInvoiceStore implements InvoiceStore {
    private static final String SELECT =
            "SELECT id, number, foyer, service, issued_on, due_on, status, paid_by FROM eadmin_invoice WHERE ";

    private final DataSource dataSource;
    private final Transactions transactions;

    private JdbcInvoiceStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * A store on a data source whose schema is up to date ({@link PaymentSchema#initializer()}).
     *
     * @param dataSource the database
     * @return the store
     */
    public static JdbcInvoiceStore of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcInvoiceStore(dataSource, Transactions.of(dataSource));
    }

    @Override
    public void create(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_invoice (id, number, "
                        + "foyer, service, issued_on, due_on, status, paid_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, invoice.id().value());
                    insert.setString(2, invoice.number());
                    insert.setObject(3, invoice.foyer().value());
                    insert.setString(4, invoice.service());
                    insert.setObject(5, invoice.issuedOn());
                    insert.setObject(6, invoice.dueOn());
                    insert.setString(7, invoice.status().name());
                    PaymentId paidBy = invoice.paidBy();
                    insert.setObject(8, paidBy == null ? null : paidBy.value());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eadmin_invoice_line "
                        + "(invoice_id, line_no, label, quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < invoice.lines().size(); i++) {
                        Facture.Line line = invoice.lines().get(i);
                        insert.setObject(1, invoice.id().value());
                        insert.setInt(2, i);
                        insert.setString(3, line.label());
                        insert.setLong(4, line.quantity());
                        insert.setLong(5, line.unitPriceCents());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw new DuplicateKeyException("invoice", invoice.number());
            }
            throw new DatabaseAccessException("create invoice " + invoice.id(), e);
        }
    }

    @Override
    public Optional<Invoice> find(InvoiceId id) {
        Objects.requireNonNull(id, "id");
        List<Invoice> found = select("id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Invoice> findOpen(UsagerId foyer) {
        Objects.requireNonNull(foyer, "foyer");
        return select("foyer = ? AND status = 'OPEN' ORDER BY due_on, number", foyer.value());
    }

    @Override
    public List<InvoiceId> settle(List<InvoiceId> ids, PaymentId payment) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(payment, "payment");
        try {
            return transactions.inTransaction(connection -> settle(connection, ids, payment));
        } catch (SQLException e) {
            throw new DatabaseAccessException("settle invoices with payment " + payment, e);
        }
    }

    /**
     * Marks open invoices as paid inside a transaction the caller manages (the payment's).
     *
     * @param connection the connection, in a transaction
     * @param ids the invoices
     * @param payment the payment that settles them
     * @return the invoices that changed, in the order given
     * @throws SQLException if the database fails
     */
    static List<InvoiceId> settle(Connection connection, List<InvoiceId> ids, PaymentId payment) throws SQLException {
        List<InvoiceId> changed = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE eadmin_invoice SET status = 'PAID', paid_by = ? WHERE id = ? AND status = 'OPEN'")) {
            for (InvoiceId id : ids) {
                update.setObject(1, payment.value());
                update.setObject(2, id.value());
                if (update.executeUpdate() == 1) {
                    changed.add(id);
                }
            }
        }
        return changed;
    }

    /** {@return whether this store keeps its invoices in that database} */
    boolean isIn(DataSource database) {
        return dataSource == database;
    }

    @Override
    public boolean cancel(InvoiceId id) {
        Objects.requireNonNull(id, "id");
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE eadmin_invoice SET status = 'CANCELLED' WHERE id = ? AND status = 'OPEN'")) {
                    update.setObject(1, id.value());
                    return update.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("cancel invoice " + id, e);
        }
    }

    private List<Invoice> select(String where, Object key) {
        try {
            return transactions.inTransaction(connection -> {
                List<Invoice> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(SELECT + where)) {
                    select.setObject(1, key);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            UUID id = rows.getObject(1, UUID.class);
                            UUID paidBy = rows.getObject(8, UUID.class);
                            found.add(new Invoice(
                                    new InvoiceId(id),
                                    rows.getString(2),
                                    new UsagerId(rows.getObject(3, UUID.class)),
                                    rows.getString(4),
                                    lines(connection, id),
                                    rows.getObject(5, LocalDate.class),
                                    rows.getObject(6, LocalDate.class),
                                    InvoiceStatus.valueOf(rows.getString(7)),
                                    paidBy == null ? null : new PaymentId(paidBy)));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException e) {
            throw new DatabaseAccessException("find invoices", e);
        }
    }

    private static List<Facture.Line> lines(Connection connection, UUID id) throws SQLException {
        List<Facture.Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT label, quantity, unit_price_cents "
                + "FROM eadmin_invoice_line WHERE invoice_id = ? ORDER BY line_no")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Facture.Line(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return lines;
    }
}
