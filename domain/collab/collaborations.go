package collab

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"kindred/domain"
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
	Kind        domain.ResourceKind
	Quantity    string
	Unit        string
	Currency    string
	Skill       string
	Description string
	// ServesOutcomeIDs names outcomes of the collaboration it serves; AddNeed stores the
	// links with the need (a new collaboration has no outcomes yet).
	ServesOutcomeIDs []int64
}

// CollaborationInput is what creating a collaboration takes, the creator's own
// commitment included: nobody starts a collaboration without committing to it.
type CollaborationInput struct {
	Title, Goal         string
	Values              []ValueWeight
	Visibility          domain.Visibility
	Location            string
	Latitude, Longitude *float64
	Remote              bool
	StartsAt, EndsAt    *time.Time
	// TimeZone is the IANA zone its weeks and months follow; the creator's when empty.
	TimeZone   string
	Needs      []NeedInput
	Commitment CommitmentInput
	// CommitmentNeedIndex points the commitment at one of Needs, if set.
	CommitmentNeedIndex *int
}

func validateValueWeights(tx *gorm.DB, vws []ValueWeight) error {
	if len(vws) == 0 {
		return domain.Invalid("values", "Name at least one value the collaboration serves.")
	}
	if len(vws) > MaxCollabValues {
		return domain.Invalid("values", "Name at most %d values; the strongest ones.", MaxCollabValues)
	}
	ids := make([]int64, 0, len(vws))
	seen := map[int64]bool{}
	for _, vw := range vws {
		if vw.Weight < 1 || vw.Weight > 5 {
			return domain.Invalid("values.weight", "A value's weight is from 1 to 5; %d is outside that.", vw.Weight)
		}
		if seen[vw.ValueID] {
			return domain.Invalid("values", "Each value may be named once.")
		}
		seen[vw.ValueID] = true
		ids = append(ids, vw.ValueID)
	}
	var n int64
	if err := tx.Model(&domain.Value{}).Where("id IN ? AND status = ?", ids, domain.ValueApproved).Count(&n).Error; err != nil {
		return domain.DBErr(err, "values")
	}
	if int(n) != len(ids) {
		return domain.Invalid("values.valueId", "One of the values is not in the catalog.")
	}
	return nil
}

func validateDates(startsAt, endsAt *time.Time, now time.Time, isNew bool) error {
	if isNew && endsAt != nil && endsAt.Before(now) {
		return domain.Invalid("endsAt", "The end date has already passed.")
	}
	if startsAt != nil && endsAt != nil && endsAt.Before(*startsAt) {
		return domain.Invalid("endsAt", "The end date comes before the start date.")
	}
	return nil
}

func (s *Collabs) parseNeed(field string, in NeedInput) (*domain.Need, error) {
	n, err := ParseNeed(field, in)
	if err != nil {
		return nil, err
	}
	n.CreatedAt, n.UpdatedAt = s.Now(), s.Now()
	return n, nil
}

// ParseNeed validates what a need asks for (a collaboration's, or a proposal's); field
// prefixes the names of the fields in its errors.
func ParseNeed(field string, in NeedInput) (*domain.Need, error) {
	a, err := domain.ParseAmount(field, in.Kind, in.Unit, in.Currency, in.Quantity)
	if err != nil {
		return nil, err
	}
	skill, err := domain.ValidateLine(field+".skill", "The skill", strings.ToLower(in.Skill), 0, domain.MaxSkillLength)
	if err != nil {
		return nil, err
	}
	desc, err := domain.ValidateProse(field+".description", "The description", in.Description, 0, MaxNeedDescription)
	if err != nil {
		return nil, err
	}
	return &domain.Need{Kind: a.Kind, Quantity: a.Steps, Unit: a.Unit, Currency: a.Currency, Skill: skill, Description: desc}, nil
}

// CreateCollaboration creates a collaboration in FORMING with its values, needs and goal;
// the creator becomes its first steward, bound by their own commitment.
func (s *Collabs) CreateCollaboration(ctx context.Context, in CollaborationInput) (*domain.Collaboration, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	title, err := domain.ValidateLine("title", "The title", in.Title, MinTitle, MaxTitle)
	if err != nil {
		return nil, err
	}
	goal, err := domain.ValidateProse("goal", "The shared goal", in.Goal, MinGoal, MaxGoal)
	if err != nil {
		return nil, err
	}
	if in.Visibility == "" {
		in.Visibility = domain.VisibilityPublic
	}
	if !in.Visibility.Valid() {
		return nil, domain.Invalid("visibility", "Visibility is PUBLIC, MEMBERS or PRIVATE.")
	}
	loc, err := domain.ValidateLine("location", "The location", in.Location, 0, domain.MaxLocation)
	if err != nil {
		return nil, err
	}
	if (in.Latitude == nil) != (in.Longitude == nil) {
		return nil, domain.Invalid("latitude", "Give latitude and longitude together.")
	}
	if in.Latitude != nil {
		if err := domain.ValidateCoordinates(*in.Latitude, *in.Longitude); err != nil {
			return nil, err
		}
	}
	if loc == "" && !in.Remote {
		return nil, domain.Invalid("location", "Say where the collaboration meets, or that it is remote.")
	}
	now := s.Now()
	if err := validateDates(in.StartsAt, in.EndsAt, now, true); err != nil {
		return nil, err
	}
	if len(in.Needs) > MaxNeeds {
		return nil, domain.Invalid("needs", "List at most %d needs.", MaxNeeds)
	}
	needs := make([]*domain.Need, len(in.Needs))
	for i, ni := range in.Needs {
		if needs[i], err = s.parseNeed(fmt.Sprintf("needs.%d", i), ni); err != nil {
			return nil, err
		}
	}
	if in.CommitmentNeedIndex != nil && (*in.CommitmentNeedIndex < 0 || *in.CommitmentNeedIndex >= len(needs)) {
		return nil, domain.Invalid("commitment.needIndex", "The commitment points at a need that is not in the list.")
	}
	c := &domain.Collaboration{
		Title: title, Goal: goal, Status: domain.CollaborationForming, Visibility: in.Visibility,
		Location: loc, Latitude: in.Latitude, Longitude: in.Longitude, Remote: in.Remote,
		StartsAt: domain.UTCPtr(in.StartsAt), EndsAt: domain.UTCPtr(in.EndsAt), CreatedByID: v.ID, CreatedAt: now, UpdatedAt: now,
	}
	if in.TimeZone != "" {
		if c.TimeZone, err = domain.ValidateZone("timeZone", in.TimeZone); err != nil {
			return nil, err
		}
	}
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return domain.Once(ctx, s.Core, tx, "createCollaboration", []any{in}, &c, func() (int64, error) {
			if err := validateValueWeights(tx, in.Values); err != nil {
				return 0, err
			}
			if c.TimeZone == "" {
				var tz []string
				if err := tx.Model(&domain.Person{}).Where("id = ?", v.ID).Pluck("time_zone", &tz).Error; err != nil {
					return 0, domain.DBErr(err, "person")
				}
				c.TimeZone = "UTC"
				if len(tz) == 1 {
					c.TimeZone = domain.LoadZone(tz[0]).String()
				}
			}
			if err := createWithFreeSlug(tx, c, domain.Slugify(title)); err != nil {
				return 0, err
			}
			for _, vw := range in.Values {
				if err := tx.Create(&domain.CollaborationValue{CollaborationID: c.ID, ValueID: vw.ValueID, Weight: vw.Weight, CreatedAt: now}).Error; err != nil {
					return 0, domain.DBErr(err, "collaboration value")
				}
			}
			if err := tx.Create(&domain.GoalRevision{CollaborationID: c.ID, Goal: goal, SetByID: v.ID, CreatedAt: now}).Error; err != nil {
				return 0, domain.DBErr(err, "goal")
			}
			for _, n := range needs {
				n.CollaborationID = c.ID
				if err := tx.Create(n).Error; err != nil {
					return 0, domain.DBErr(err, "need")
				}
			}
			m := &domain.Membership{CollaborationID: c.ID, PersonID: v.ID, Role: domain.MembershipSteward, Status: domain.MembershipActive, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(m).Error; err != nil {
				return 0, domain.DBErr(err, "membership")
			}
			commit := in.Commitment
			if in.CommitmentNeedIndex != nil {
				id := needs[*in.CommitmentNeedIndex].ID
				commit.NeedID = &id
			}
			if _, err := s.addCommitment(tx, c, m, commit, "commitment"); err != nil {
				return 0, err
			}
			if err := s.Record(tx, &c.ID, v.ID, "collaboration.created", "Collaboration", c.ID); err != nil {
				return 0, err
			}
			return c.ID, s.settle(tx, c)
		})
	})
	if err != nil {
		return nil, err
	}
	s.RefreshCollabs(ctx, c.ID)
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
func createWithFreeSlug(tx *gorm.DB, c *domain.Collaboration, base string) error {
	if base == "" {
		base = "collaboration"
	}
	if len(base) > 60 {
		base = strings.Trim(base[:60], "-")
	}
	tried := map[string]bool{}
	for range maxSlugAttempts {
		var taken []string
		if err := tx.Model(&domain.Collaboration{}).Where("slug = ? OR slug LIKE ?", base, base+"-%").Pluck("slug", &taken).Error; err != nil {
			return domain.DBErr(err, "collaboration")
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
			return domain.DBErr(res.Error, "collaboration")
		}
		if res.RowsAffected == 1 {
			return nil
		}
	}
	return domain.Errorf(domain.CodeConflict, "Many collaborations with this title are being created right now; try again in a moment.")
}

// RequireSteward returns the viewer's membership if they are an ACTIVE steward of c.
func RequireSteward(tx *gorm.DB, ctx context.Context, c *domain.Collaboration) (*domain.Membership, error) {
	m, err := domain.MembershipOrNil(tx, c.ID, domain.ViewerID(ctx))
	if err != nil {
		return nil, err
	}
	if m == nil || m.Status != domain.MembershipActive || m.Role != domain.MembershipSteward {
		return nil, domain.Errorf(domain.CodeForbidden, "Only the stewards of %q can do this.", c.Title)
	}
	return m, nil
}

// RequireActive returns the viewer's membership if they are an ACTIVE member of c.
func RequireActive(tx *gorm.DB, ctx context.Context, c *domain.Collaboration) (*domain.Membership, error) {
	m, err := domain.MembershipOrNil(tx, c.ID, domain.ViewerID(ctx))
	if err != nil {
		return nil, err
	}
	if m == nil || m.Status != domain.MembershipActive {
		return nil, domain.Errorf(domain.CodeForbidden, "Only active members of %q can do this.", c.Title)
	}
	return m, nil
}

// CollaborationUpdate holds the fields to change; nil leaves a field as it is.
type CollaborationUpdate struct {
	Title, Goal, Location *string
	Values                []ValueWeight
	Visibility            *domain.Visibility
	Latitude, Longitude   *float64
	ClearCoordinates      bool
	Remote                *bool
	StartsAt, EndsAt      *time.Time
	ClearStartsAt         bool
	ClearEndsAt           bool
	// TimeZone moves its weeks and months (and so the periods of recurring commitments).
	TimeZone *string
}

// UpdateCollaboration changes a collaboration; stewards only. The goal may be edited
// directly only while FORMING: after that the members change it by a GOAL proposal.
func (s *Collabs) UpdateCollaboration(ctx context.Context, id int64, upd CollaborationUpdate) (*domain.Collaboration, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var out *domain.Collaboration
	err := s.InCollaboration(ctx, id, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if c.Status == domain.CollaborationArchived {
			return domain.Errorf(domain.CodeConflict, "%q is archived; it can no longer change.", c.Title)
		}
		changes := map[string]any{}
		if upd.Title != nil {
			t, err := domain.ValidateLine("title", "The title", *upd.Title, MinTitle, MaxTitle)
			if err != nil {
				return err
			}
			changes["title"] = t
		}
		if upd.Goal != nil {
			g, err := domain.ValidateProse("goal", "The shared goal", *upd.Goal, MinGoal, MaxGoal)
			if err != nil {
				return err
			}
			if g != c.Goal {
				if c.Status != domain.CollaborationForming {
					return &domain.Error{Code: domain.CodeConflict, Field: "goal", Message: "Once a collaboration is active its goal changes only by a GOAL proposal the members adopt."}
				}
				changes["goal"] = g
				if err := tx.Create(&domain.GoalRevision{CollaborationID: c.ID, Goal: g, SetByID: domain.ViewerID(ctx), CreatedAt: s.Now()}).Error; err != nil {
					return domain.DBErr(err, "goal")
				}
			}
		}
		if upd.Location != nil {
			l, err := domain.ValidateLine("location", "The location", *upd.Location, 0, domain.MaxLocation)
			if err != nil {
				return err
			}
			changes["location"] = l
		}
		if upd.Visibility != nil {
			if !upd.Visibility.Valid() {
				return domain.Invalid("visibility", "Visibility is PUBLIC, MEMBERS or PRIVATE.")
			}
			changes["visibility"] = *upd.Visibility
		}
		switch {
		case upd.ClearCoordinates:
			changes["latitude"], changes["longitude"] = nil, nil
		case (upd.Latitude == nil) != (upd.Longitude == nil):
			return domain.Invalid("latitude", "Give latitude and longitude together.")
		case upd.Latitude != nil:
			if err := domain.ValidateCoordinates(*upd.Latitude, *upd.Longitude); err != nil {
				return err
			}
			changes["latitude"], changes["longitude"] = *upd.Latitude, *upd.Longitude
		}
		if upd.Remote != nil {
			changes["remote"] = *upd.Remote
		}
		starts, ends := c.StartsAt, c.EndsAt
		if upd.ClearStartsAt && upd.StartsAt != nil {
			return domain.Invalid("startsAt", "Give a start date or clear it, not both.")
		}
		if upd.ClearEndsAt && upd.EndsAt != nil {
			return domain.Invalid("endsAt", "Give an end date or clear it, not both.")
		}
		if upd.ClearStartsAt {
			starts, changes["starts_at"] = nil, nil
		} else if upd.StartsAt != nil {
			starts = domain.UTCPtr(upd.StartsAt)
			changes["starts_at"] = *starts
		}
		if upd.ClearEndsAt {
			ends, changes["ends_at"] = nil, nil
		} else if upd.EndsAt != nil {
			ends = domain.UTCPtr(upd.EndsAt)
			changes["ends_at"] = *ends
		}
		if err := validateDates(starts, ends, s.Now(), upd.EndsAt != nil); err != nil {
			return err
		}
		if upd.TimeZone != nil {
			tz, err := domain.ValidateZone("timeZone", *upd.TimeZone)
			if err != nil {
				return err
			}
			if tz != domain.LoadZone(c.TimeZone).String() {
				if err := s.keepZone(tx, c); err != nil {
					return err
				}
			}
			changes["time_zone"] = tz
		}
		if upd.Values != nil {
			if err := validateValueWeights(tx, upd.Values); err != nil {
				return err
			}
			if err := tx.Where("collaboration_id = ?", c.ID).Delete(&domain.CollaborationValue{}).Error; err != nil {
				return domain.DBErr(err, "collaboration value")
			}
			for _, vw := range upd.Values {
				if err := tx.Create(&domain.CollaborationValue{CollaborationID: c.ID, ValueID: vw.ValueID, Weight: vw.Weight, CreatedAt: s.Now()}).Error; err != nil {
					return domain.DBErr(err, "collaboration value")
				}
			}
		}
		changes["updated_at"] = s.Now()
		if err := tx.Model(&domain.Collaboration{ID: c.ID}).Updates(changes).Error; err != nil {
			return domain.DBErr(err, "collaboration")
		}
		if err := s.Record(tx, &c.ID, domain.ViewerID(ctx), "collaboration.updated", "Collaboration", c.ID); err != nil {
			return err
		}
		out = &domain.Collaboration{}
		return domain.DBErr(tx.First(out, c.ID).Error, "collaboration")
	})
	return out, err
}

// statusMoves are the allowed moves of a collaboration's status.
var statusMoves = map[domain.CollaborationStatus][]domain.CollaborationStatus{
	domain.CollaborationForming:   {domain.CollaborationActive, domain.CollaborationArchived},
	domain.CollaborationActive:    {domain.CollaborationCompleted, domain.CollaborationArchived},
	domain.CollaborationCompleted: {domain.CollaborationArchived},
}

// SetCollaborationStatus moves a collaboration along FORMING → ACTIVE → COMPLETED /
// ARCHIVED; stewards only.
func (s *Collabs) SetCollaborationStatus(ctx context.Context, id int64, to domain.CollaborationStatus) (*domain.Collaboration, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var out domain.Collaboration
	err := s.InCollaboration(ctx, id, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		allowed := false
		for _, st := range statusMoves[c.Status] {
			allowed = allowed || st == to
		}
		if !allowed {
			return &domain.Error{Code: domain.CodeConflict, Field: "status", Message: fmt.Sprintf("%q is %s; it cannot move to %s.", c.Title, c.Status, to)}
		}
		if err := tx.Model(&domain.Collaboration{ID: c.ID}).Updates(map[string]any{"status": to, "updated_at": s.Now()}).Error; err != nil {
			return domain.DBErr(err, "collaboration")
		}
		if err := s.Record(tx, &c.ID, domain.ViewerID(ctx), "collaboration."+strings.ToLower(string(to)), "Collaboration", c.ID); err != nil {
			return err
		}
		return domain.DBErr(tx.First(&out, c.ID).Error, "collaboration")
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// AddNeed adds an open need; stewards only.
func (s *Collabs) AddNeed(ctx context.Context, collabID int64, in NeedInput) (*domain.Need, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	n, err := s.parseNeed("need", in)
	if err != nil {
		return nil, err
	}
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "addNeed", []any{collabID, in}, &n, func() (int64, error) {
			if _, err := RequireSteward(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := requireOpen(c); err != nil {
				return 0, err
			}
			var count int64
			if err := tx.Model(&domain.Need{}).Where("collaboration_id = ? AND filled = ?", c.ID, false).Count(&count).Error; err != nil {
				return 0, domain.DBErr(err, "need")
			}
			if count >= MaxNeeds {
				return 0, domain.Invalid("need", "A collaboration lists at most %d open needs.", MaxNeeds)
			}
			n.CollaborationID = c.ID
			if err := tx.Create(n).Error; err != nil {
				return 0, domain.DBErr(err, "need")
			}
			if _, err := domain.SetOutcomeLinks(tx, domain.LinkNeed, c.ID, n.ID, in.ServesOutcomeIDs); err != nil {
				return 0, domain.LinkFieldAs(err, "servesOutcomeIds")
			}
			return n.ID, s.Record(tx, &c.ID, domain.ViewerID(ctx), "need.added", "Need", n.ID)
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
func (s *Collabs) UpdateNeed(ctx context.Context, needID int64, upd NeedUpdate) (*domain.Need, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	var n domain.Need
	if err := s.DB.WithContext(ctx).First(&n, needID).Error; err != nil {
		return nil, domain.DBErr(err, "This need")
	}
	err := s.InCollaboration(ctx, n.CollaborationID, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		changes := map[string]any{"updated_at": s.Now()}
		if upd.Quantity != nil {
			a, err := domain.ParseAmount("need", n.Kind, n.Unit, n.Currency, *upd.Quantity)
			if err != nil {
				return err
			}
			changes["quantity"] = a.Steps
		}
		if upd.Skill != nil {
			sk, err := domain.ValidateLine("skill", "The skill", strings.ToLower(*upd.Skill), 0, domain.MaxSkillLength)
			if err != nil {
				return err
			}
			changes["skill"] = sk
		}
		if upd.Description != nil {
			d, err := domain.ValidateProse("description", "The description", *upd.Description, 0, MaxNeedDescription)
			if err != nil {
				return err
			}
			changes["description"] = d
		}
		if upd.Filled != nil {
			changes["filled"] = *upd.Filled
		}
		if err := tx.Model(&domain.Need{ID: n.ID}).Updates(changes).Error; err != nil {
			return domain.DBErr(err, "need")
		}
		if err := s.Record(tx, &c.ID, domain.ViewerID(ctx), "need.updated", "Need", n.ID); err != nil {
			return err
		}
		if err := s.settle(tx, c); err != nil {
			return err
		}
		return domain.DBErr(tx.First(&n, n.ID).Error, "need")
	})
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// requireOpen refuses changes to a collaboration that has ended.
func requireOpen(c *domain.Collaboration) error {
	if c.Status == domain.CollaborationCompleted || c.Status == domain.CollaborationArchived {
		return domain.Errorf(domain.CodeConflict, "%q is %s; it takes no new members or commitments.", c.Title, strings.ToLower(string(c.Status)))
	}
	return nil
}

// FindCollaborationBySlug returns a collaboration the viewer may see.
func (s *Collabs) FindCollaborationBySlug(ctx context.Context, slug string) (*domain.Collaboration, error) {
	var c domain.Collaboration
	if !domain.Storable(slug) {
		return nil, domain.DBErr(gorm.ErrRecordNotFound, "This collaboration")
	}
	db := s.DB.WithContext(ctx)
	err := db.Where("slug = ?", strings.ToLower(strings.TrimSpace(slug))).First(&c).Error
	if err == nil {
		var m *domain.Membership
		if m, err = domain.MembershipOrNil(db, c.ID, domain.ViewerID(ctx)); err != nil {
			return nil, err
		}
		if !domain.CanSeeCollaboration(domain.ViewerFrom(ctx), m, &c) {
			err = gorm.ErrRecordNotFound
		}
	}
	if err != nil {
		return nil, domain.DBErr(err, "This collaboration")
	}
	return &c, nil
}

// FindCollaborationsByIDs returns the collaborations with ids the viewer may see.
func (s *Collabs) FindCollaborationsByIDs(ctx context.Context, ids []int64) ([]*domain.Collaboration, error) {
	_, _, rows, err := s.VisibleCollabRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	// Deciding visibility read the rows already (in this request, or just now).
	cs := make([]*domain.Collaboration, 0, len(rows))
	for _, c := range rows {
		cs = append(cs, c)
	}
	return cs, nil
}
