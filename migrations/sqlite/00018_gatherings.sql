-- +goose Up
-- Gatherings: events a collaboration's stewards plan (a volunteer day, a planning call).
-- starts_at and ends_at are UTC; time_zone is the IANA zone the event is held in, so a
-- calendar shows it at the local time it was planned for.
CREATE TABLE gatherings (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  need_id integer REFERENCES needs (id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  starts_at datetime NOT NULL,
  ends_at datetime NOT NULL,
  time_zone text NOT NULL,
  place text NOT NULL DEFAULT '',
  online_url text NOT NULL DEFAULT '',
  capacity integer CHECK (capacity >= 1),
  created_by_id integer NOT NULL REFERENCES people (id),
  cancelled_at datetime,
  attendance_recorded_at datetime,
  attendance_recorded_by_id integer REFERENCES people (id),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (place <> '' OR online_url <> '')
);
CREATE INDEX gatherings_collaboration_id_starts_at_idx ON gatherings (collaboration_id, starts_at);

-- One answer per person and gathering. A GOING answer beyond capacity is WAITING;
-- answered_at orders the waiting list.
CREATE TABLE gathering_rsvps (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  gathering_id integer NOT NULL REFERENCES gatherings (id),
  person_id integer NOT NULL REFERENCES people (id),
  status text NOT NULL CHECK (status IN ('GOING','MAYBE','NOT_GOING','WAITING')),
  answered_at datetime NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  UNIQUE (gathering_id, person_id)
);
CREATE INDEX gathering_rsvps_person_id_idx ON gathering_rsvps (person_id);

-- Who attended, recorded after the gathering, each with the TIME contribution it made.
CREATE TABLE gathering_attendances (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  gathering_id integer NOT NULL REFERENCES gatherings (id),
  person_id integer NOT NULL REFERENCES people (id),
  contribution_id integer NOT NULL UNIQUE REFERENCES contributions (id),
  created_at datetime NOT NULL,
  UNIQUE (gathering_id, person_id)
);
CREATE INDEX gathering_attendances_person_id_idx ON gathering_attendances (person_id);

-- A person's private calendar feed: only the token's hash is kept.
CREATE TABLE calendar_feeds (
  id integer PRIMARY KEY AUTOINCREMENT,
  person_id integer NOT NULL UNIQUE REFERENCES people (id),
  token_hash text NOT NULL UNIQUE,
  last_used_at datetime,
  created_at datetime NOT NULL
);

-- +goose Down
DROP TABLE calendar_feeds;
DROP TABLE gathering_attendances;
DROP TABLE gathering_rsvps;
DROP TABLE gatherings;
