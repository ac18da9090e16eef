-- A script whose second statement fails: the first must not stay applied where DDL is transactional.
CREATE TABLE broken_thing (id BIGINT NOT NULL PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);
