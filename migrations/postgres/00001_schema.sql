-- +goose Up
CREATE TABLE people (
  id bigserial PRIMARY KEY,
  handle text NOT NULL UNIQUE,
  display_name text NOT NULL,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  bio text NOT NULL DEFAULT '',
  location text NOT NULL DEFAULT '',
  latitude double precision,
  longitude double precision,
  remote_friendly boolean NOT NULL DEFAULT false,
  skills text NOT NULL DEFAULT '[]',
  visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC','MEMBERS','PRIVATE')),
  role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER','ADMIN')),
  session_epoch bigint NOT NULL DEFAULT 0,
  suspended_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE catalog_values (
  id bigserial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  description text NOT NULL,
  status text NOT NULL CHECK (status IN ('APPROVED','PROPOSED','DECLINED')),
  proposed_by_id bigint REFERENCES people (id),
  reviewed_by_id bigint REFERENCES people (id),
  reviewed_at timestamptz,
  review_note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE person_values (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  value_id bigint NOT NULL REFERENCES catalog_values (id),
  strength bigint NOT NULL CHECK (strength BETWEEN 1 AND 5),
  statement text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (person_id, value_id)
);

CREATE TABLE collaborations (
  id bigserial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  goal text NOT NULL,
  status text NOT NULL CHECK (status IN ('FORMING','ACTIVE','COMPLETED','ARCHIVED')),
  visibility text NOT NULL CHECK (visibility IN ('PUBLIC','MEMBERS','PRIVATE')),
  location text NOT NULL DEFAULT '',
  latitude double precision,
  longitude double precision,
  remote boolean NOT NULL DEFAULT false,
  starts_at timestamptz,
  ends_at timestamptz,
  created_by_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE collaboration_values (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  value_id bigint NOT NULL REFERENCES catalog_values (id),
  weight bigint NOT NULL CHECK (weight BETWEEN 1 AND 5),
  created_at timestamptz NOT NULL,
  UNIQUE (collaboration_id, value_id)
);

CREATE TABLE memberships (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  person_id bigint NOT NULL REFERENCES people (id),
  role text NOT NULL CHECK (role IN ('STEWARD','MEMBER')),
  status text NOT NULL CHECK (status IN ('INVITED','REQUESTED','ACTIVE','DECLINED','LEFT','REMOVED')),
  invited_by_id bigint REFERENCES people (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (collaboration_id, person_id)
);

CREATE TABLE needs (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  kind text NOT NULL CHECK (kind IN ('TIME','SKILL','MONEY','IN_KIND','GOODWILL')),
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit text NOT NULL,
  currency text NOT NULL DEFAULT '',
  skill text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  filled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE commitments (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  membership_id bigint NOT NULL REFERENCES memberships (id),
  person_id bigint NOT NULL REFERENCES people (id),
  need_id bigint REFERENCES needs (id),
  kind text NOT NULL CHECK (kind IN ('TIME','SKILL','MONEY','IN_KIND','GOODWILL')),
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit text NOT NULL,
  currency text NOT NULL DEFAULT '',
  estimated_value bigint,
  description text NOT NULL DEFAULT '',
  due_at timestamptz,
  condition_kind text NOT NULL DEFAULT 'NONE' CHECK (condition_kind IN ('NONE','ACTIVE_MEMBERS','NEED_PLEDGED')),
  condition_threshold bigint,
  status text NOT NULL CHECK (status IN ('PENDING','BINDING','WITHDRAWN','RELEASED')),
  bound_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE contributions (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  person_id bigint NOT NULL REFERENCES people (id),
  commitment_id bigint REFERENCES commitments (id),
  kind text NOT NULL CHECK (kind IN ('TIME','SKILL','MONEY','IN_KIND','GOODWILL')),
  quantity bigint NOT NULL,
  unit text NOT NULL,
  currency text NOT NULL DEFAULT '',
  estimated_value bigint,
  note text NOT NULL DEFAULT '',
  occurred_at timestamptz NOT NULL,
  confirmed_by_id bigint REFERENCES people (id),
  confirmed_at timestamptz,
  reverses_id bigint UNIQUE REFERENCES contributions (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE proposals (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  author_id bigint NOT NULL REFERENCES people (id),
  kind text NOT NULL CHECK (kind IN ('GOAL','OUTCOME','MEMBERSHIP','OTHER')),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  closes_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('OPEN','ADOPTED','REJECTED','WITHDRAWN')),
  closed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE goal_revisions (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  goal text NOT NULL,
  proposal_id bigint REFERENCES proposals (id),
  set_by_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE positions (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  proposal_id bigint NOT NULL REFERENCES proposals (id),
  person_id bigint NOT NULL REFERENCES people (id),
  stance text NOT NULL CHECK (stance IN ('AGREE','ABSTAIN','DISAGREE','BLOCK')),
  reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (proposal_id, person_id)
);

CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  proposal_id bigint NOT NULL REFERENCES proposals (id),
  author_id bigint NOT NULL REFERENCES people (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE outcomes (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  name text NOT NULL,
  unit text NOT NULL,
  baseline double precision NOT NULL,
  target double precision NOT NULL,
  direction text NOT NULL CHECK (direction IN ('INCREASE','DECREASE')),
  due_at timestamptz,
  created_by_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE outcome_values (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  outcome_id bigint NOT NULL REFERENCES outcomes (id),
  value_id bigint NOT NULL REFERENCES catalog_values (id),
  UNIQUE (outcome_id, value_id)
);

CREATE TABLE measurements (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  outcome_id bigint NOT NULL REFERENCES outcomes (id),
  value double precision NOT NULL,
  measured_at timestamptz NOT NULL,
  evidence_url text NOT NULL DEFAULT '',
  evidence_note text NOT NULL DEFAULT '',
  recorded_by_id bigint NOT NULL REFERENCES people (id),
  supersedes_id bigint REFERENCES measurements (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE attestations (
  id bigserial PRIMARY KEY,
  collaboration_id bigint NOT NULL REFERENCES collaborations (id),
  measurement_id bigint NOT NULL REFERENCES measurements (id),
  person_id bigint NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  UNIQUE (measurement_id, person_id)
);

CREATE TABLE activities (
  id bigserial PRIMARY KEY,
  collaboration_id bigint REFERENCES collaborations (id),
  actor_id bigint REFERENCES people (id),
  verb text NOT NULL,
  subject_type text NOT NULL,
  subject_id bigint NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE refresh_tokens (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  family_id text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  replaced_by_id bigint REFERENCES refresh_tokens (id),
  revoked_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  ip text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX person_values_value_id_idx ON person_values (value_id);
CREATE INDEX memberships_person_id_idx ON memberships (person_id);
CREATE INDEX needs_collaboration_id_idx ON needs (collaboration_id);
CREATE INDEX commitments_collaboration_id_idx ON commitments (collaboration_id);
CREATE INDEX commitments_membership_id_idx ON commitments (membership_id);
CREATE INDEX commitments_person_id_idx ON commitments (person_id);
CREATE INDEX commitments_need_id_idx ON commitments (need_id);
CREATE INDEX contributions_collaboration_id_occurred_at_idx ON contributions (collaboration_id, occurred_at);
CREATE INDEX contributions_person_id_idx ON contributions (person_id);
CREATE INDEX contributions_commitment_id_idx ON contributions (commitment_id);
CREATE INDEX proposals_collaboration_id_idx ON proposals (collaboration_id);
CREATE INDEX proposals_status_closes_at_idx ON proposals (status, closes_at);
CREATE INDEX comments_proposal_id_idx ON comments (proposal_id);
CREATE INDEX outcomes_collaboration_id_idx ON outcomes (collaboration_id);
CREATE INDEX outcome_values_value_id_idx ON outcome_values (value_id);
CREATE INDEX measurements_outcome_id_measured_at_idx ON measurements (outcome_id, measured_at);
CREATE INDEX activities_collaboration_id_id_idx ON activities (collaboration_id, id);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_person_id_idx ON refresh_tokens (person_id);
CREATE INDEX login_attempts_login_created_at_idx ON login_attempts (login, created_at);
CREATE INDEX login_attempts_ip_created_at_idx ON login_attempts (ip, created_at);
CREATE INDEX goal_revisions_collaboration_id_idx ON goal_revisions (collaboration_id);
CREATE INDEX collaboration_values_value_id_idx ON collaboration_values (value_id);
CREATE INDEX catalog_values_status_idx ON catalog_values (status);

-- +goose Down
DROP TABLE login_attempts;
DROP TABLE refresh_tokens;
DROP TABLE activities;
DROP TABLE attestations;
DROP TABLE measurements;
DROP TABLE outcome_values;
DROP TABLE outcomes;
DROP TABLE comments;
DROP TABLE positions;
DROP TABLE goal_revisions;
DROP TABLE proposals;
DROP TABLE contributions;
DROP TABLE commitments;
DROP TABLE needs;
DROP TABLE memberships;
DROP TABLE collaboration_values;
DROP TABLE collaborations;
DROP TABLE person_values;
DROP TABLE catalog_values;
DROP TABLE people;
