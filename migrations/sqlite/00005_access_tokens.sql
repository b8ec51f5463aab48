-- +goose Up
-- Personal access tokens for third-party clients: only a hash is kept, the token itself is
-- shown once.
CREATE TABLE access_tokens (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  scopes text NOT NULL CHECK (scopes IN ('read','read,write')),
  last_used_at datetime,
  revoked_at datetime,
  created_at datetime NOT NULL
);

CREATE INDEX access_tokens_person_id_idx ON access_tokens (person_id);

-- +goose Down
DROP TABLE access_tokens;
