-- +goose Up
-- Account mail: verified email addresses, a pending change of address, and the one-time
-- tokens of password resets and address verification (only their hashes are kept).
ALTER TABLE people ADD COLUMN email_verified_at timestamptz;
ALTER TABLE people ADD COLUMN pending_email text;

CREATE TABLE account_tokens (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('reset','verify')),
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE INDEX account_tokens_person_id_idx ON account_tokens (person_id);

-- Requests for account mail, known address or not, for rate limits per address and per
-- client address.
CREATE TABLE account_mail_requests (
  id bigserial PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('reset','verify')),
  address text NOT NULL,
  ip text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX account_mail_requests_address_idx ON account_mail_requests (purpose, address, created_at);
CREATE INDEX account_mail_requests_ip_idx ON account_mail_requests (ip, created_at);

-- +goose Down
DROP TABLE account_mail_requests;
DROP TABLE account_tokens;
ALTER TABLE people DROP COLUMN pending_email;
ALTER TABLE people DROP COLUMN email_verified_at;
