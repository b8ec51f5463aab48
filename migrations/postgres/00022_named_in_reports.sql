-- +goose Up
-- Whether a person agreed to be named in reports and exports of others; off by default, so
-- reports call them "Member N" until they choose otherwise.
ALTER TABLE people ADD COLUMN named_in_reports boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE people DROP COLUMN named_in_reports;
