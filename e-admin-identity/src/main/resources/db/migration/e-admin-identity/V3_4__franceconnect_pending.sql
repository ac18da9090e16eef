-- e-admin identity, schema 3.4: FranceConnect logins started and not yet finished, shared by the nodes of
-- a portal. Written in the SQL common to H2 and PostgreSQL. See
-- fr.eadmin.identity.jdbc.JdbcPendingLoginStore: a login is taken by deleting its row, so that of two
-- nodes receiving the same callback only one finds it.
CREATE TABLE eadmin_franceconnect_pending (
    state VARCHAR(128) NOT NULL,
    nonce VARCHAR(128) NOT NULL,
    level VARCHAR(10) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_franceconnect_pending_pk PRIMARY KEY (state)
);

CREATE INDEX eadmin_franceconnect_pending_created_ix ON eadmin_franceconnect_pending (created_at);
