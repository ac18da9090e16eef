-- Invoices (factures) of recurring services, addressed to a foyer.
CREATE TABLE eadmin_invoice (
    id UUID NOT NULL PRIMARY KEY,
    number VARCHAR(50) NOT NULL,
    foyer UUID NOT NULL,
    service VARCHAR(100) NOT NULL,
    issued_on DATE NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    paid_by UUID,
    CONSTRAINT eadmin_invoice_number_uk UNIQUE (number)
);

CREATE INDEX eadmin_invoice_foyer_idx ON eadmin_invoice (foyer, status);

CREATE TABLE eadmin_invoice_line (
    invoice_id UUID NOT NULL REFERENCES eadmin_invoice (id),
    line_no INT NOT NULL,
    label VARCHAR(500) NOT NULL,
    quantity BIGINT NOT NULL,
    unit_price_cents BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);
