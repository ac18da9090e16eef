-- e-admin core, schema 1.4: téléservices and demandes.
-- Written in the SQL common to H2 and PostgreSQL. Each aggregate is stored as its JSON document, next to the
-- columns that lookups, the deadline sweep and the service-level reports need.

-- One row per téléservice of the catalogue, keyed by its code.
CREATE TABLE eadmin_teleservice (
    code VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_teleservice_pk PRIMARY KEY (code),
    CONSTRAINT eadmin_teleservice_version_ck CHECK (version >= 1)
);

-- The last sequence number of demande references allocated in each year ("2026-000123").
CREATE TABLE eadmin_demande_sequence (
    ref_year INTEGER NOT NULL,
    last_value BIGINT NOT NULL,
    CONSTRAINT eadmin_demande_sequence_pk PRIMARY KEY (ref_year)
);

-- One row per demande.
--   received_on    the day of receipt (deposit); null for a draft
--   deadline       the last day of its delay as far as known; null while unknown
--   sweepable      whether the deadline sweep must look at it: pending, delay running, not flagged late
--   decided_on, processing_days, processing_business_days, within_delay: set while decided
CREATE TABLE eadmin_demande (
    id UUID NOT NULL,
    reference VARCHAR(20) NOT NULL,
    teleservice VARCHAR(64) NOT NULL,
    demandeur_id UUID NOT NULL,
    beneficiary_id UUID NOT NULL,
    state VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL,
    received_on DATE,
    deadline DATE,
    sweepable BOOLEAN NOT NULL,
    late BOOLEAN NOT NULL,
    decided_on DATE,
    processing_days INTEGER,
    processing_business_days INTEGER,
    within_delay BOOLEAN,
    implicit_decision BOOLEAN,
    document TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_demande_pk PRIMARY KEY (id),
    CONSTRAINT eadmin_demande_reference_uk UNIQUE (reference),
    CONSTRAINT eadmin_demande_version_ck CHECK (version >= 1),
    CONSTRAINT eadmin_demande_state_ck CHECK (state IN ('BROUILLON', 'DEPOSEE', 'EN_INSTRUCTION', 'INCOMPLETE',
        'ACCEPTEE', 'REFUSEE', 'CLASSEE_SANS_SUITE'))
);

CREATE INDEX eadmin_demande_demandeur_ix ON eadmin_demande (demandeur_id);
CREATE INDEX eadmin_demande_beneficiary_ix ON eadmin_demande (beneficiary_id);
CREATE INDEX eadmin_demande_state_ix ON eadmin_demande (state);
CREATE INDEX eadmin_demande_teleservice_ix ON eadmin_demande (teleservice, received_on);
CREATE INDEX eadmin_demande_sweep_ix ON eadmin_demande (sweepable, deadline);
