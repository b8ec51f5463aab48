-- +goose Up
-- The language Kindred writes to a person in ("en", "es", "fr", "nl"); NULL when they
-- chose none.
ALTER TABLE people ADD COLUMN locale text;

-- +goose Down
ALTER TABLE people DROP COLUMN locale;
