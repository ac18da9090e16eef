ALTER TABLE sample_thing ADD COLUMN colour VARCHAR(20);
UPDATE sample_thing SET colour = 'blue';
