-- e-admin identity, schema 3.1: accounts and their single-use tokens.
-- Written in the SQL common to H2 and PostgreSQL. See fr.eadmin.identity.jdbc.JdbcAccountStore and
-- fr.eadmin.identity.jdbc.JdbcTokenStore.

-- One row per account. login_key is the login in lower case: logins are unique ignoring case. version is
-- the optimistic lock: every update is "... WHERE id = ? AND version = ?". totp_secret must be readable to
-- compute codes: JdbcAccountStore.encryptingTotpSecrets keeps it AES-GCM encrypted under a key kept outside
-- the database (version byte, IV, ciphertext and tag); JdbcAccountStore.create keeps it as it is.
CREATE TABLE eadmin_account (
    id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    status VARCHAR(30) NOT NULL,
    login VARCHAR(254) NOT NULL,
    login_key VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200),
    totp_secret BYTEA,
    last_totp_step BIGINT NOT NULL,
    organisation CHAR(9),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT eadmin_account_pk PRIMARY KEY (id),
    CONSTRAINT eadmin_account_login_uk UNIQUE (login_key),
    CONSTRAINT eadmin_account_version_ck CHECK (version >= 1)
);

-- One row per token: its SHA-256 digest, never the token. A redemption is one
-- "UPDATE ... SET used_at = ? WHERE digest = ? AND used_at IS NULL": its row count says who won.
CREATE TABLE eadmin_account_token (
    digest CHAR(64) NOT NULL,
    account_id UUID NOT NULL,
    purpose VARCHAR(40) NOT NULL,
    issued_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT eadmin_account_token_pk PRIMARY KEY (digest)
);

CREATE INDEX eadmin_account_token_account_ix ON eadmin_account_token (account_id, purpose);
CREATE INDEX eadmin_account_token_expiry_ix ON eadmin_account_token (expires_at);
