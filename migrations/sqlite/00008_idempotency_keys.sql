-- +goose Up
-- A key a person sent with a creating request, remembered for a day: a retry with the
-- same key gets what the first request made (result_type, result_id) instead of a
-- second one. The unique (person_id, key) is what makes two racing retries store once.
CREATE TABLE idempotency_keys (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  key text NOT NULL,
  operation text NOT NULL,
  request_hash text NOT NULL,
  result_type text NOT NULL,
  result_id integer NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  UNIQUE (person_id, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

-- +goose Down
DROP TABLE idempotency_keys;
