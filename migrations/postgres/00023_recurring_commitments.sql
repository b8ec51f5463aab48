-- +goose Up
-- The IANA zone a collaboration's periods (weeks, months) follow; its creator's by default.
ALTER TABLE collaborations ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';
UPDATE collaborations SET time_zone = (SELECT p.time_zone FROM people p WHERE p.id = collaborations.created_by_id);

-- A recurring commitment pledges its quantity per period ('WEEK' or 'MONTH'; '' for a
-- one-off) from starts_on to ends_on, local dates in the collaboration's zone (ends_on
-- included; NULL: until cancelled). Cancelling sets ends_on to the current period's last day.
ALTER TABLE commitments ADD COLUMN period text NOT NULL DEFAULT '' CHECK (period IN ('', 'WEEK', 'MONTH'));
ALTER TABLE commitments ADD COLUMN starts_on text;
ALTER TABLE commitments ADD COLUMN ends_on text;
ALTER TABLE commitments ADD COLUMN cancelled_at timestamptz;
-- A conditional commitment whose condition has not held by this time lapses.
ALTER TABLE commitments ADD COLUMN condition_deadline timestamptz;
CREATE INDEX commitments_condition_deadline ON commitments (condition_deadline) WHERE status = 'PENDING' AND condition_deadline IS NOT NULL;

-- +goose Down
DROP INDEX commitments_condition_deadline;
ALTER TABLE commitments DROP COLUMN condition_deadline;
ALTER TABLE commitments DROP COLUMN cancelled_at;
ALTER TABLE commitments DROP COLUMN ends_on;
ALTER TABLE commitments DROP COLUMN starts_on;
ALTER TABLE commitments DROP COLUMN period;
ALTER TABLE collaborations DROP COLUMN time_zone;
