-- Deciding together: the goal a GOAL proposal puts forward, and the indexes the
-- committee signal counts by (each collaboration's talk and do of the last 30 days).
-- +goose Up
ALTER TABLE proposals ADD COLUMN proposed_goal text NOT NULL DEFAULT '';
CREATE INDEX positions_collaboration_id_updated_at_idx ON positions (collaboration_id, updated_at);
CREATE INDEX comments_collaboration_id_created_at_idx ON comments (collaboration_id, created_at);
CREATE INDEX measurements_collaboration_id_measured_at_idx ON measurements (collaboration_id, measured_at);
CREATE INDEX proposals_collaboration_id_created_at_idx ON proposals (collaboration_id, created_at);

-- +goose Down
DROP INDEX proposals_collaboration_id_created_at_idx;
DROP INDEX measurements_collaboration_id_measured_at_idx;
DROP INDEX comments_collaboration_id_created_at_idx;
DROP INDEX positions_collaboration_id_updated_at_idx;
ALTER TABLE proposals DROP COLUMN proposed_goal;
