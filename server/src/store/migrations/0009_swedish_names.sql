-- name: swedish names of counties, municipalities and units
-- The official Swedish name ('' when none is recorded: the Finnish name is shown).
ALTER TABLE counties ADD COLUMN name_sv TEXT NOT NULL DEFAULT '';
ALTER TABLE municipalities ADD COLUMN name_sv TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN name_sv TEXT NOT NULL DEFAULT '';
