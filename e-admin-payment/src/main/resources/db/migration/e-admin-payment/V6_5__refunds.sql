-- Refunds of paid payments, in whole or in part: never updated nor deleted. Written in the transaction of
-- the conditional update of their payment, so that two concurrent refunds read at one version refund once.
CREATE TABLE eadmin_payment_refund (
    payment_id UUID NOT NULL REFERENCES eadmin_payment (id),
    seq INT NOT NULL,
    amount_cents BIGINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    refunded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (payment_id, seq),
    CONSTRAINT eadmin_payment_refund_amount_ck CHECK (amount_cents > 0)
);
