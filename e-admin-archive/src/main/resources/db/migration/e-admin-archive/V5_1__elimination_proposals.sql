-- e-admin archive, schema 5.1: elimination proposals.
-- Written in the SQL common to H2 and PostgreSQL. Each proposal is stored as its JSON document (ids and
-- codes only, no personal data), next to the columns lookups need.
CREATE TABLE eadmin_elimination_proposal (
    id UUID NOT NULL,
    rule_code VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_elimination_proposal_pk PRIMARY KEY (id),
    CONSTRAINT eadmin_elimination_proposal_version_ck CHECK (version >= 1)
);

CREATE INDEX eadmin_elimination_proposal_status_ix ON eadmin_elimination_proposal (status, proposed_at);
