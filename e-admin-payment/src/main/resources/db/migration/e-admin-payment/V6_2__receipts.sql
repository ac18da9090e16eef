-- Receipt numbers: one counter row per régie and year; the row is locked by the UPDATE that takes a number,
-- inside the transaction that records the payment as paid, so that numbers have no gap and no duplicate.
CREATE TABLE eadmin_receipt_counter (
    regie VARCHAR(20) NOT NULL,
    receipt_year INT NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (regie, receipt_year)
);

-- Receipts: never updated nor deleted.
CREATE TABLE eadmin_receipt (
    regie VARCHAR(20) NOT NULL,
    receipt_year INT NOT NULL,
    seq BIGINT NOT NULL,
    payment_id UUID NOT NULL REFERENCES eadmin_payment (id),
    amount_cents BIGINT NOT NULL,
    payer VARCHAR(500) NOT NULL,
    means VARCHAR(20) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (regie, receipt_year, seq),
    CONSTRAINT eadmin_receipt_payment_uk UNIQUE (payment_id)
);

CREATE TABLE eadmin_receipt_line (
    regie VARCHAR(20) NOT NULL,
    receipt_year INT NOT NULL,
    seq BIGINT NOT NULL,
    line_no INT NOT NULL,
    label VARCHAR(500) NOT NULL,
    amount_cents BIGINT NOT NULL,
    PRIMARY KEY (regie, receipt_year, seq, line_no),
    FOREIGN KEY (regie, receipt_year, seq) REFERENCES eadmin_receipt (regie, receipt_year, seq)
);

-- A receipt is never deleted: it is cancelled by a linked record.
CREATE TABLE eadmin_receipt_cancellation (
    regie VARCHAR(20) NOT NULL,
    receipt_year INT NOT NULL,
    seq BIGINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    cancelled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (regie, receipt_year, seq),
    FOREIGN KEY (regie, receipt_year, seq) REFERENCES eadmin_receipt (regie, receipt_year, seq)
);
