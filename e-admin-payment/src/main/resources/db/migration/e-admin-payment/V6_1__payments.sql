-- Payments: one row per payment, with a version for optimistic locking.
CREATE TABLE eadmin_payment (
    id UUID NOT NULL PRIMARY KEY,
    reference VARCHAR(64) NOT NULL,
    amount_cents BIGINT NOT NULL,
    description VARCHAR(1000) NOT NULL,
    provider VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    provider_transaction_id VARCHAR(200),
    return_url VARCHAR(2000) NOT NULL,
    notification_url VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT eadmin_payment_reference_uk UNIQUE (reference),
    CONSTRAINT eadmin_payment_amount_ck CHECK (amount_cents > 0)
);

CREATE INDEX eadmin_payment_status_idx ON eadmin_payment (status, created_at);

-- The invoices a payment settles, in the order given.
CREATE TABLE eadmin_payment_invoice (
    payment_id UUID NOT NULL REFERENCES eadmin_payment (id),
    seq INT NOT NULL,
    invoice_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (payment_id, seq)
);
