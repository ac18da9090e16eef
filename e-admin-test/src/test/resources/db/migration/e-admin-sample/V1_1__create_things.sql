-- A sample module's first script: a table, a row with a semicolon in a literal.
CREATE TABLE sample_thing (
    id BIGINT NOT NULL PRIMARY KEY,
    label VARCHAR(100) NOT NULL /* a comment; with a semicolon */
);

INSERT INTO sample_thing (id, label) VALUES (1, 'one; with ''quotes''');
