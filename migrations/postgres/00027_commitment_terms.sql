-- +goose Up
-- What a recurring commitment's periods followed before a change: the periods that began
-- before until_at owe quantity and follow time_zone. A revision of the amount and a new
-- zone for the collaboration apply from a period on, and the earlier periods keep these.
CREATE TABLE commitment_terms (
  id bigserial PRIMARY KEY,
  commitment_id bigint NOT NULL REFERENCES commitments (id),
  until_at timestamptz NOT NULL,
  quantity bigint NOT NULL,
  time_zone text NOT NULL,
  UNIQUE (commitment_id, until_at)
);

-- +goose Down
DROP TABLE commitment_terms;
