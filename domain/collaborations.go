package domain

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Limits of collaborations.
const (
	MinTitle             = 3
	MaxTitle             = 120
	MinGoal              = 10
	MaxGoal              = 2000
	MaxCollabValues      = 8
	MaxNeeds             = 30
	MaxNeedDescription   = 500
	MaxCommitDescription = 500
)

// ValueWeight is a value a collaboration serves and how much it weighs, 1–5.
type ValueWeight struct {
	ValueID int64
	Weight  int
}

// NeedInput describes a need: what, how much, and optionally which skill.
type NeedInput struct {
	Kind        ResourceKind
	Quantity    string
	Unit        string
	Currency    string
	Skill       string
	Description string
}

// CollaborationInput is what creating a collaboration takes, the creator's own
// commitment included: nobody starts a collaboration without committing to it.
type CollaborationInput struct {
	Title, Goal         string
	Values              []ValueWeight
	Visibility          Visibility
	Location            string
	Latitude, Longitude *float64
	Remote              bool
	StartsAt, EndsAt    *time.Time
	Needs               []NeedInput
	Commitment          CommitmentInput
	// CommitmentNeedIndex points the commitment at one of Needs, if set.
	CommitmentNeedIndex *int
}

func validateValueWeights(tx *gorm.DB, vws []ValueWeight) error {
	if len(vws) == 0 {
		return Invalid("values", "Name at least one value the collaboration serves.")
	}
	if len(vws) > MaxCollabValues {
		return Invalid("values", "Name at most %d values; the strongest ones.", MaxCollabValues)
	}
	ids := make([]int64, 0, len(vws))
	seen := map[int64]bool{}
	for _, vw := range vws {
		if vw.Weight < 1 || vw.Weight > 5 {
			return Invalid("values.weight", "A value's weight is from 1 to 5; %d is outside that.", vw.Weight)
		}
		if seen[vw.ValueID] {
			return Invalid("values", "Each value may be named once.")
		}
		seen[vw.ValueID] = true
		ids = append(ids, vw.ValueID)
	}
	var n int64
	if err := tx.Model(&Value{}).Where("id IN ? AND status = ?", ids, ValueApproved).Count(&n).Error; err != nil {
		return dbErr(err, "values")
	}
	if int(n) != len(ids) {
		return Invalid("values.valueId", "One of the values is not in the catalog.")
	}
	return nil
}

func validateDates(startsAt, endsAt *time.Time, now time.Time, isNew bool) error {
	if isNew && endsAt != nil && endsAt.Before(now) {
		return Invalid("endsAt", "The end date has already passed.")
	}
	if startsAt != nil && endsAt != nil && endsAt.Before(*startsAt) {
		return Invalid("endsAt", "The end date comes before the start date.")
	}
	return nil
}

func (s *Service) parseNeed(field string, in NeedInput) (*Need, error) {
	a, err := ParseAmount(field, in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	skill, err := ValidateLine(field+".skill", "The skill", strings.ToLower(in.Skill), 0, MaxSkillLength)
	if err != nil {
		return nil, err
	}
	desc, err := ValidateProse(field+".description", "The description", in.Description, 0, MaxNeedDescription)
	if err != nil {
		return nil, err
	}
	now := s.now()
	return &Need{Kind: a.Kind, Quantity: a.Steps, Unit: a.Unit, Currency: a.Currency, Skill: skill, Description: desc, CreatedAt: now, UpdatedAt: now}, nil
}

// CreateCollaboration creates a collaboration in FORMING with its values, needs and goal;
// the creator becomes its first steward, bound by their own commitment.
func (s *Service) CreateCollaboration(ctx context.Context, in CollaborationInput) (*Collaboration, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	title, err := ValidateLine("title", "The title", in.Title, MinTitle, MaxTitle)
	if err != nil {
		return nil, err
	}
	goal, err := ValidateProse("goal", "The shared goal", in.Goal, MinGoal, MaxGoal)
	if err != nil {
		return nil, err
	}
	if in.Visibility == "" {
		in.Visibility = VisibilityPublic
	}
	if !in.Visibility.Valid() {
		return nil, Invalid("visibility", "Visibility is PUBLIC, MEMBERS or PRIVATE.")
	}
	loc, err := ValidateLine("location", "The location", in.Location, 0, MaxLocation)
	if err != nil {
		return nil, err
	}
	if (in.Latitude == nil) != (in.Longitude == nil) {
		return nil, Invalid("latitude", "Give latitude and longitude together.")
	}
	if in.Latitude != nil {
		if err := ValidateCoordinates(*in.Latitude, *in.Longitude); err != nil {
			return nil, err
		}
	}
	if loc == "" && !in.Remote {
		return nil, Invalid("location", "Say where the collaboration meets, or that it is remote.")
	}
	now := s.now()
	if err := validateDates(in.StartsAt, in.EndsAt, now, true); err != nil {
		return nil, err
	}
	if len(in.Needs) > MaxNeeds {
		return nil, Invalid("needs", "List at most %d needs.", MaxNeeds)
	}
	needs := make([]*Need, len(in.Needs))
	for i, ni := range in.Needs {
		if needs[i], err = s.parseNeed(fmt.Sprintf("needs.%d", i), ni); err != nil {
			return nil, err
		}
	}
	if in.CommitmentNeedIndex != nil && (*in.CommitmentNeedIndex < 0 || *in.CommitmentNeedIndex >= len(needs)) {
		return nil, Invalid("commitment.needIndex", "The commitment points at a need that is not in the list.")
	}
	c := &Collaboration{
		Title: title, Goal: goal, Status: CollaborationForming, Visibility: in.Visibility,
		Location: loc, Latitude: in.Latitude, Longitude: in.Longitude, Remote: in.Remote,
		StartsAt: utcPtr(in.StartsAt), EndsAt: utcPtr(in.EndsAt), CreatedByID: v.ID, CreatedAt: now, UpdatedAt: now,
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return once(ctx, s, tx, "createCollaboration", []any{in}, &c, func() (int64, error) {
			if err := validateValueWeights(tx, in.Values); err != nil {
				return 0, err
			}
			if err := createWithFreeSlug(tx, c, Slugify(title)); err != nil {
				return 0, err
			}
			for _, vw := range in.Values {
				if err := tx.Create(&CollaborationValue{CollaborationID: c.ID, ValueID: vw.ValueID, Weight: vw.Weight, CreatedAt: now}).Error; err != nil {
					return 0, dbErr(err, "collaboration value")
				}
			}
			if err := tx.Create(&GoalRevision{CollaborationID: c.ID, Goal: goal, SetByID: v.ID, CreatedAt: now}).Error; err != nil {
				return 0, dbErr(err, "goal")
			}
			for _, n := range needs {
				n.CollaborationID = c.ID
				if err := tx.Create(n).Error; err != nil {
					return 0, dbErr(err, "need")
				}
			}
			m := &Membership{CollaborationID: c.ID, PersonID: v.ID, Role: MembershipSteward, Status: MembershipActive, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(m).Error; err != nil {
				return 0, dbErr(err, "membership")
			}
			commit := in.Commitment
			if in.CommitmentNeedIndex != nil {
				id := needs[*in.CommitmentNeedIndex].ID
				commit.NeedID = &id
			}
			if _, err := s.addCommitment(tx, c, m, commit, "commitment"); err != nil {
				return 0, err
			}
			if err := s.record(tx, &c.ID, v.ID, "collaboration.created", "Collaboration", c.ID); err != nil {
				return 0, err
			}
			return c.ID, s.settle(tx, c)
		})
	})
	if err != nil {
		return nil, err
	}
	s.refreshCollabs(ctx, c.ID)
	return c, nil
}

// maxSlugAttempts bounds how often creating a collaboration tries the next free slug
// after another creation took the one it chose; each attempt sees every slug taken so far.
const maxSlugAttempts = 50

// createWithFreeSlug inserts c with base as its slug, or base with the first free numeric
// suffix. Two people may create collaborations with the same title at the same moment:
// the insert does nothing when another transaction committed the slug in between (it
// waits for that one to finish), and the next free slug is tried, so both succeed
// without an error that would abort the transaction.
func createWithFreeSlug(tx *gorm.DB, c *Collaboration, base string) error {
	if base == "" {
		base = "collaboration"
	}
	if len(base) > 60 {
		base = strings.Trim(base[:60], "-")
	}
	tried := map[string]bool{}
	for range maxSlugAttempts {
		var taken []string
		if err := tx.Model(&Collaboration{}).Where("slug = ? OR slug LIKE ?", base, base+"-%").Pluck("slug", &taken).Error; err != nil {
			return dbErr(err, "collaboration")
		}
		for _, t := range taken {
			tried[t] = true
		}
		c.Slug = base
		for i := 2; tried[c.Slug]; i++ {
			c.Slug = fmt.Sprintf("%s-%d", base, i)
		}
		tried[c.Slug] = true
		c.ID = 0 // an insert that did nothing must not leave an id behind
		res := tx.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "slug"}}, DoNothing: true}).Create(c)
		if res.Error != nil {
			return dbErr(res.Error, "collaboration")
		}
		if res.RowsAffected == 1 {
			return nil
		}
	}
	return Errorf(CodeConflict, "Many collaborations with this title are being created right now; try again in a moment.")
}

// requireSteward returns the viewer's membership if they are an ACTIVE steward of c.
func requireSteward(tx *gorm.DB, ctx context.Context, c *Collaboration) (*Membership, error) {
	m, err := membershipOrNil(tx, c.ID, viewerID(ctx))
	if err != nil {
		return nil, err
	}
	if m == nil || m.Status != MembershipActive || m.Role != MembershipSteward {
		return nil, Errorf(CodeForbidden, "Only the stewards of %q can do this.", c.Title)
	}
	return m, nil
}

// requireActive returns the viewer's membership if they are an ACTIVE member of c.
func requireActive(tx *gorm.DB, ctx context.Context, c *Collaboration) (*Membership, error) {
	m, err := membershipOrNil(tx, c.ID, viewerID(ctx))
	if err != nil {
		return nil, err
	}
	if m == nil || m.Status != MembershipActive {
		return nil, Errorf(CodeForbidden, "Only active members of %q can do this.", c.Title)
	}
	return m, nil
}

// CollaborationUpdate holds the fields to change; nil leaves a field as it is.
type CollaborationUpdate struct {
	Title, Goal, Location *string
	Values                []ValueWeight
	Visibility            *Visibility
	Latitude, Longitude   *float64
	ClearCoordinates      bool
	Remote                *bool
	StartsAt, EndsAt      *time.Time
	ClearStartsAt         bool
	ClearEndsAt           bool
}

// UpdateCollaboration changes a collaboration; stewards only. The goal may be edited
// directly only while FORMING: after that the members change it by a GOAL proposal.
func (s *Service) UpdateCollaboration(ctx context.Context, id int64, upd CollaborationUpdate) (*Collaboration, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var out *Collaboration
	err := s.inCollaboration(ctx, id, func(tx *gorm.DB, c *Collaboration) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if c.Status == CollaborationArchived {
			return Errorf(CodeConflict, "%q is archived; it can no longer change.", c.Title)
		}
		changes := map[string]any{}
		if upd.Title != nil {
			t, err := ValidateLine("title", "The title", *upd.Title, MinTitle, MaxTitle)
			if err != nil {
				return err
			}
			changes["title"] = t
		}
		if upd.Goal != nil {
			g, err := ValidateProse("goal", "The shared goal", *upd.Goal, MinGoal, MaxGoal)
			if err != nil {
				return err
			}
			if g != c.Goal {
				if c.Status != CollaborationForming {
					return &Error{Code: CodeConflict, Field: "goal", Message: "Once a collaboration is active its goal changes only by a GOAL proposal the members adopt."}
				}
				changes["goal"] = g
				if err := tx.Create(&GoalRevision{CollaborationID: c.ID, Goal: g, SetByID: viewerID(ctx), CreatedAt: s.now()}).Error; err != nil {
					return dbErr(err, "goal")
				}
			}
		}
		if upd.Location != nil {
			l, err := ValidateLine("location", "The location", *upd.Location, 0, MaxLocation)
			if err != nil {
				return err
			}
			changes["location"] = l
		}
		if upd.Visibility != nil {
			if !upd.Visibility.Valid() {
				return Invalid("visibility", "Visibility is PUBLIC, MEMBERS or PRIVATE.")
			}
			changes["visibility"] = *upd.Visibility
		}
		switch {
		case upd.ClearCoordinates:
			changes["latitude"], changes["longitude"] = nil, nil
		case (upd.Latitude == nil) != (upd.Longitude == nil):
			return Invalid("latitude", "Give latitude and longitude together.")
		case upd.Latitude != nil:
			if err := ValidateCoordinates(*upd.Latitude, *upd.Longitude); err != nil {
				return err
			}
			changes["latitude"], changes["longitude"] = *upd.Latitude, *upd.Longitude
		}
		if upd.Remote != nil {
			changes["remote"] = *upd.Remote
		}
		starts, ends := c.StartsAt, c.EndsAt
		if upd.ClearStartsAt && upd.StartsAt != nil {
			return Invalid("startsAt", "Give a start date or clear it, not both.")
		}
		if upd.ClearEndsAt && upd.EndsAt != nil {
			return Invalid("endsAt", "Give an end date or clear it, not both.")
		}
		if upd.ClearStartsAt {
			starts, changes["starts_at"] = nil, nil
		} else if upd.StartsAt != nil {
			starts = utcPtr(upd.StartsAt)
			changes["starts_at"] = *starts
		}
		if upd.ClearEndsAt {
			ends, changes["ends_at"] = nil, nil
		} else if upd.EndsAt != nil {
			ends = utcPtr(upd.EndsAt)
			changes["ends_at"] = *ends
		}
		if err := validateDates(starts, ends, s.now(), upd.EndsAt != nil); err != nil {
			return err
		}
		if upd.Values != nil {
			if err := validateValueWeights(tx, upd.Values); err != nil {
				return err
			}
			if err := tx.Where("collaboration_id = ?", c.ID).Delete(&CollaborationValue{}).Error; err != nil {
				return dbErr(err, "collaboration value")
			}
			for _, vw := range upd.Values {
				if err := tx.Create(&CollaborationValue{CollaborationID: c.ID, ValueID: vw.ValueID, Weight: vw.Weight, CreatedAt: s.now()}).Error; err != nil {
					return dbErr(err, "collaboration value")
				}
			}
		}
		changes["updated_at"] = s.now()
		if err := tx.Model(&Collaboration{ID: c.ID}).Updates(changes).Error; err != nil {
			return dbErr(err, "collaboration")
		}
		if err := s.record(tx, &c.ID, viewerID(ctx), "collaboration.updated", "Collaboration", c.ID); err != nil {
			return err
		}
		out = &Collaboration{}
		return dbErr(tx.First(out, c.ID).Error, "collaboration")
	})
	return out, err
}

// statusMoves are the allowed moves of a collaboration's status.
var statusMoves = map[CollaborationStatus][]CollaborationStatus{
	CollaborationForming:   {CollaborationActive, CollaborationArchived},
	CollaborationActive:    {CollaborationCompleted, CollaborationArchived},
	CollaborationCompleted: {CollaborationArchived},
}

// SetCollaborationStatus moves a collaboration along FORMING → ACTIVE → COMPLETED /
// ARCHIVED; stewards only.
func (s *Service) SetCollaborationStatus(ctx context.Context, id int64, to CollaborationStatus) (*Collaboration, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var out Collaboration
	err := s.inCollaboration(ctx, id, func(tx *gorm.DB, c *Collaboration) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		allowed := false
		for _, st := range statusMoves[c.Status] {
			allowed = allowed || st == to
		}
		if !allowed {
			return &Error{Code: CodeConflict, Field: "status", Message: fmt.Sprintf("%q is %s; it cannot move to %s.", c.Title, c.Status, to)}
		}
		if err := tx.Model(&Collaboration{ID: c.ID}).Updates(map[string]any{"status": to, "updated_at": s.now()}).Error; err != nil {
			return dbErr(err, "collaboration")
		}
		if err := s.record(tx, &c.ID, viewerID(ctx), "collaboration."+strings.ToLower(string(to)), "Collaboration", c.ID); err != nil {
			return err
		}
		return dbErr(tx.First(&out, c.ID).Error, "collaboration")
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// AddNeed adds an open need; stewards only.
func (s *Service) AddNeed(ctx context.Context, collabID int64, in NeedInput) (*Need, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	n, err := s.parseNeed("need", in)
	if err != nil {
		return nil, err
	}
	err = s.inCollaboration(ctx, collabID, func(tx *gorm.DB, c *Collaboration) error {
		return once(ctx, s, tx, "addNeed", []any{collabID, in}, &n, func() (int64, error) {
			if _, err := requireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			var count int64
			if err := tx.Model(&Need{}).Where("collaboration_id = ? AND filled = ?", c.ID, false).Count(&count).Error; err != nil {
				return 0, dbErr(err, "need")
			}
			if count >= MaxNeeds {
				return 0, Invalid("need", "A collaboration lists at most %d open needs.", MaxNeeds)
			}
			n.CollaborationID = c.ID
			if err := tx.Create(n).Error; err != nil {
				return 0, dbErr(err, "need")
			}
			return n.ID, s.record(tx, &c.ID, viewerID(ctx), "need.added", "Need", n.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// NeedUpdate holds a need's fields to change.
type NeedUpdate struct {
	Quantity    *string
	Skill       *string
	Description *string
	Filled      *bool
}

// UpdateNeed changes a need's quantity, skill or description, or marks it filled or
// open again; stewards only. Conditions that now hold bind at once.
func (s *Service) UpdateNeed(ctx context.Context, needID int64, upd NeedUpdate) (*Need, error) {
	if _, err := requireViewer(ctx); err != nil {
		return nil, err
	}
	var n Need
	if err := s.db.WithContext(ctx).First(&n, needID).Error; err != nil {
		return nil, dbErr(err, "This need")
	}
	err := s.inCollaboration(ctx, n.CollaborationID, func(tx *gorm.DB, c *Collaboration) error {
		if _, err := requireSteward(tx, ctx, c); err != nil {
			return err
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		changes := map[string]any{"updated_at": s.now()}
		if upd.Quantity != nil {
			a, err := ParseAmount("need", n.Kind, n.Unit, n.Currency, *upd.Quantity)
			if err != nil {
				return err
			}
			changes["quantity"] = a.Steps
		}
		if upd.Skill != nil {
			sk, err := ValidateLine("skill", "The skill", strings.ToLower(*upd.Skill), 0, MaxSkillLength)
			if err != nil {
				return err
			}
			changes["skill"] = sk
		}
		if upd.Description != nil {
			d, err := ValidateProse("description", "The description", *upd.Description, 0, MaxNeedDescription)
			if err != nil {
				return err
			}
			changes["description"] = d
		}
		if upd.Filled != nil {
			changes["filled"] = *upd.Filled
		}
		if err := tx.Model(&Need{ID: n.ID}).Updates(changes).Error; err != nil {
			return dbErr(err, "need")
		}
		if err := s.record(tx, &c.ID, viewerID(ctx), "need.updated", "Need", n.ID); err != nil {
			return err
		}
		if err := s.settle(tx, c); err != nil {
			return err
		}
		return dbErr(tx.First(&n, n.ID).Error, "need")
	})
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// requireOpen refuses changes to a collaboration that has ended.
func requireOpen(c *Collaboration) error {
	if c.Status == CollaborationCompleted || c.Status == CollaborationArchived {
		return Errorf(CodeConflict, "%q is %s; it takes no new members or commitments.", c.Title, strings.ToLower(string(c.Status)))
	}
	return nil
}

// FindCollaborationBySlug returns a collaboration the viewer may see.
func (s *Service) FindCollaborationBySlug(ctx context.Context, slug string) (*Collaboration, error) {
	var c Collaboration
	if !Storable(slug) {
		return nil, dbErr(gorm.ErrRecordNotFound, "This collaboration")
	}
	db := s.db.WithContext(ctx)
	err := db.Where("slug = ?", strings.ToLower(strings.TrimSpace(slug))).First(&c).Error
	if err == nil {
		var m *Membership
		if m, err = membershipOrNil(db, c.ID, viewerID(ctx)); err != nil {
			return nil, err
		}
		if !CanSeeCollaboration(ViewerFrom(ctx), m, &c) {
			err = gorm.ErrRecordNotFound
		}
	}
	if err != nil {
		return nil, dbErr(err, "This collaboration")
	}
	return &c, nil
}

// FindCollaborationsByIDs returns the collaborations with ids the viewer may see.
func (s *Service) FindCollaborationsByIDs(ctx context.Context, ids []int64) ([]*Collaboration, error) {
	_, _, rows, err := s.visibleCollabRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	// Deciding visibility read the rows already (in this request, or just now).
	cs := make([]*Collaboration, 0, len(rows))
	for _, c := range rows {
		cs = append(cs, c)
	}
	return cs, nil
}
