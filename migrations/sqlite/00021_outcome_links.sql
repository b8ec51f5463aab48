-- +goose Up
-- A catalog of standard metrics an outcome may pick (in the spirit of IRIS+): an outcome
-- that picks one is counted in its unit, so outcomes of the same metric add up across
-- collaborations.
CREATE TABLE metrics (
  id integer PRIMARY KEY AUTOINCREMENT,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  unit text NOT NULL,
  definition text NOT NULL
);

INSERT INTO metrics (code, name, unit, definition) VALUES
  ('PI-PEOPLE-FED', 'People fed', 'people', 'Distinct people who received at least one meal or food parcel in the period; a person fed twice counts once.'),
  ('MEALS-SERVED', 'Meals served', 'meals', 'Portions of a full meal handed out or eaten on site; snacks and drinks alone do not count.'),
  ('KG-FOOD-RESCUED', 'Food rescued', 'kg', 'Weight of edible food taken from shops, farms or kitchens that would otherwise have been thrown away, weighed on arrival.'),
  ('KG-WASTE-DIVERTED', 'Waste diverted', 'kg', 'Weight of material kept out of landfill or incineration by reuse, repair, recycling or composting, weighed when collected.'),
  ('TREES-PLANTED', 'Trees planted', 'trees', 'Saplings planted in the ground and still alive at the first check after planting.'),
  ('CO2E-AVOIDED', 'Emissions avoided', 'kg CO2e', 'Greenhouse gas emissions avoided compared with what would have happened otherwise, as CO2 equivalent; say how it was estimated in the evidence.'),
  ('VOLUNTEER-HOURS', 'Volunteer hours', 'hours', 'Hours given without pay by people outside the collaboration, counted from sign-in sheets or logs.'),
  ('PEOPLE-TRAINED', 'People trained', 'people', 'Distinct people who completed a training, course or workshop from start to end.'),
  ('HOUSEHOLDS-SUPPORTED', 'Households supported', 'households', 'Distinct households that received goods, services or advice in the period; one household counts once.'),
  ('ITEMS-REPAIRED', 'Items repaired', 'items', 'Objects brought in broken and handed back working.'),
  ('M2-GREEN-SPACE', 'Green space restored', 'm2', 'Area of ground turned into or brought back to planted, living green space.');

ALTER TABLE outcomes ADD COLUMN metric_id integer REFERENCES metrics (id);
CREATE INDEX outcomes_metric_id_idx ON outcomes (metric_id);

-- The outcomes a need, a commitment or a contribution serves. A contribution counts toward
-- its own links, else its commitment's, else its need's.
CREATE TABLE need_outcomes (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  need_id integer NOT NULL REFERENCES needs (id),
  outcome_id integer NOT NULL REFERENCES outcomes (id),
  UNIQUE (need_id, outcome_id)
);
CREATE INDEX need_outcomes_outcome_id_idx ON need_outcomes (outcome_id);

CREATE TABLE commitment_outcomes (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  commitment_id integer NOT NULL REFERENCES commitments (id),
  outcome_id integer NOT NULL REFERENCES outcomes (id),
  UNIQUE (commitment_id, outcome_id)
);
CREATE INDEX commitment_outcomes_outcome_id_idx ON commitment_outcomes (outcome_id);

CREATE TABLE contribution_outcomes (
  id integer PRIMARY KEY AUTOINCREMENT,
  collaboration_id integer NOT NULL REFERENCES collaborations (id),
  contribution_id integer NOT NULL REFERENCES contributions (id),
  outcome_id integer NOT NULL REFERENCES outcomes (id),
  UNIQUE (contribution_id, outcome_id)
);
CREATE INDEX contribution_outcomes_outcome_id_idx ON contribution_outcomes (outcome_id);
CREATE INDEX contribution_outcomes_collaboration_id_idx ON contribution_outcomes (collaboration_id);

-- +goose Down
DROP TABLE contribution_outcomes;
DROP TABLE commitment_outcomes;
DROP TABLE need_outcomes;
DROP INDEX outcomes_metric_id_idx;
ALTER TABLE outcomes DROP COLUMN metric_id;
DROP TABLE metrics;
