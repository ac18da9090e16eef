-- e-admin core, schema 1.1: usagers and dossiers usager.
-- Written in the SQL common to H2 and PostgreSQL. Each aggregate is stored as its JSON document, next to
-- the columns that lookups and constraints need.

-- One row per usager (individu, foyer, entreprise, association).
CREATE TABLE eadmin_usager (
    id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL,
    siret VARCHAR(14),
    rna VARCHAR(10),
    document TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_usager_pk PRIMARY KEY (id),
    CONSTRAINT eadmin_usager_siret_uk UNIQUE (siret),
    CONSTRAINT eadmin_usager_rna_uk UNIQUE (rna),
    CONSTRAINT eadmin_usager_version_ck CHECK (version >= 1)
);

-- The members of each foyer, so that the foyers of an individu are found without reading every foyer.
CREATE TABLE eadmin_foyer_membre (
    foyer_id UUID NOT NULL,
    membre_id UUID NOT NULL,
    CONSTRAINT eadmin_foyer_membre_pk PRIMARY KEY (foyer_id, membre_id),
    CONSTRAINT eadmin_foyer_membre_foyer_fk FOREIGN KEY (foyer_id) REFERENCES eadmin_usager (id) ON DELETE CASCADE
);

CREATE INDEX eadmin_foyer_membre_membre_ix ON eadmin_foyer_membre (membre_id);

-- One dossier usager per usager, keyed by the usager's id. No foreign key: the dossier is an aggregate of
-- its own, and the stores do not check references between aggregates.
CREATE TABLE eadmin_dossier (
    usager_id UUID NOT NULL,
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT eadmin_dossier_pk PRIMARY KEY (usager_id),
    CONSTRAINT eadmin_dossier_version_ck CHECK (version >= 1)
);
