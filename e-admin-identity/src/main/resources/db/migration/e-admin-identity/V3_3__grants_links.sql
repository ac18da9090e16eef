-- e-admin identity, schema 3.3: read-only grants and the links of accounts to their individu and to
-- FranceConnect. Written in the SQL common to H2 and PostgreSQL. See fr.eadmin.identity.jdbc.JdbcGrantStore
-- and fr.eadmin.identity.jdbc.JdbcAccountLinkStore. usager_id refers to core's eadmin_usager without a
-- foreign key: identity's tables may live apart from core's.

CREATE TABLE eadmin_read_only_grant (
    account_id UUID NOT NULL,
    usager_id UUID NOT NULL,
    CONSTRAINT eadmin_read_only_grant_pk PRIMARY KEY (account_id, usager_id)
);

CREATE INDEX eadmin_read_only_grant_usager_ix ON eadmin_read_only_grant (usager_id);

-- An account is linked to at most one individu, an individu to at most one account.
CREATE TABLE eadmin_account_individu (
    account_id UUID NOT NULL,
    usager_id UUID NOT NULL,
    CONSTRAINT eadmin_account_individu_pk PRIMARY KEY (account_id),
    CONSTRAINT eadmin_account_individu_uk UNIQUE (usager_id)
);

-- An account is linked to at most one FranceConnect subject, a subject to at most one account.
CREATE TABLE eadmin_account_franceconnect (
    account_id UUID NOT NULL,
    subject VARCHAR(255) NOT NULL,
    CONSTRAINT eadmin_account_franceconnect_pk PRIMARY KEY (account_id),
    CONSTRAINT eadmin_account_franceconnect_uk UNIQUE (subject)
);
