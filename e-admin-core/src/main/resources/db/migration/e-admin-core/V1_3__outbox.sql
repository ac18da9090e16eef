-- e-admin core, schema 1.3: the transactional outbox of notifications.
-- Written in the SQL common to H2 and PostgreSQL. A notification is inserted in the same transaction as the
-- event that causes it; relays claim due rows under a lease (claimed_until), deliver them and record the
-- outcome.

CREATE TABLE eadmin_outbox (
    id UUID NOT NULL,
    usager_id UUID NOT NULL,
    demande_id UUID,
    channel VARCHAR(10) NOT NULL,
    address VARCHAR(254) NOT NULL,
    template_code VARCHAR(100) NOT NULL,
    subject VARCHAR(500),
    body TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    enqueued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INTEGER NOT NULL,
    -- when a pending notification is due; null once delivered or dead
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    -- when the claim of the relay delivering it lapses; null when no relay holds it
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(1000),
    delivered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT eadmin_outbox_pk PRIMARY KEY (id),
    CONSTRAINT eadmin_outbox_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT eadmin_outbox_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    CONSTRAINT eadmin_outbox_attempts_ck CHECK (attempts >= 0),
    CONSTRAINT eadmin_outbox_due_ck CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
    CONSTRAINT eadmin_outbox_delivered_ck CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
);

-- Relays look for pending rows by due time.
CREATE INDEX eadmin_outbox_due_ix ON eadmin_outbox (status, next_attempt_at);

-- Purges look for delivered rows by delivery time.
CREATE INDEX eadmin_outbox_delivered_ix ON eadmin_outbox (delivered_at);
