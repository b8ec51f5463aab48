package gather

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Limits of a gathering.
const (
	MinTitle       = 3
	MaxTitle       = 140
	MaxDescription = 10000
	MaxPlace       = 200
	MaxURL         = 2000
	MaxCapacity    = 100000
	// MaxDuration is the longest a gathering may last.
	MaxDuration = 14 * 24 * time.Hour
)

// LocalLayout is how the start and end are given: the wall-clock time in the
// gathering's time zone, as a datetime-local field sends it.
const LocalLayout = "2006-01-02T15:04"

// Input is what planning or updating a gathering takes. LocalStart and LocalEnd are
// wall-clock times (LocalLayout, seconds allowed) in TimeZone, an IANA name.
type Input struct {
	Title       string
	Description string
	LocalStart  string
	LocalEnd    string
	TimeZone    string
	Place       string
	OnlineURL   string
	Capacity    *int
	NeedID      *int64
}

// valid is an Input checked and converted.
type valid struct {
	title, description, timeZone, place, onlineURL string
	startsAt, endsAt                               time.Time
	capacity                                       *int
	needID                                         *int64
}

// validate checks in: every rule that needs no database.
func validate(in Input) (*valid, error) {
	var v valid
	var err error
	if v.title, err = domain.ValidateLine("title", "The title", in.Title, MinTitle, MaxTitle); err != nil {
		return nil, err
	}
	if v.description, err = domain.ValidateProse("description", "The description", in.Description, 0, MaxDescription); err != nil {
		return nil, err
	}
	loc, err := Location(in.TimeZone)
	if err != nil {
		return nil, err
	}
	v.timeZone = loc.String()
	if v.startsAt, err = parseLocal("localStart", "The start", in.LocalStart, loc); err != nil {
		return nil, err
	}
	if v.endsAt, err = parseLocal("localEnd", "The end", in.LocalEnd, loc); err != nil {
		return nil, err
	}
	if !v.endsAt.After(v.startsAt) {
		return nil, domain.Invalid("localEnd", "A gathering ends after it starts; set the end later than %s.", strings.TrimSpace(in.LocalStart))
	}
	if v.endsAt.Sub(v.startsAt) > MaxDuration {
		return nil, domain.Invalid("localEnd", "A gathering lasts at most 14 days; plan a longer one as several.")
	}
	if v.place, err = domain.ValidateLine("place", "The place", in.Place, 0, MaxPlace); err != nil {
		return nil, err
	}
	if v.onlineURL, err = validateURL(in.OnlineURL); err != nil {
		return nil, err
	}
	if v.place == "" && v.onlineURL == "" {
		return nil, domain.Invalid("place", "Say where people meet: a place, an online link (http or https), or both.")
	}
	if in.Capacity != nil && (*in.Capacity < 1 || *in.Capacity > MaxCapacity) {
		return nil, domain.Invalid("capacity", "Capacity is how many may come, from 1 to %d; leave it empty for no limit.", MaxCapacity)
	}
	v.capacity, v.needID = in.Capacity, in.NeedID
	return &v, nil
}

// Location loads an IANA time zone by name, such as Europe/Paris; "Local" and the empty
// name are refused (they mean the server's zone, which nobody chose).
func Location(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if name == "" || name == "Local" {
		return nil, domain.Invalid("timeZone", "Choose the time zone the gathering is held in, such as Europe/Paris.")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, domain.Invalid("timeZone", "%q is not a time zone Kindred knows; use an IANA name such as Europe/Paris or America/New_York.", name)
	}
	return loc, nil
}

func parseLocal(field, label, s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{LocalLayout, LocalLayout + ":05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, domain.Invalid(field, "%s %q is not a date and time; write it like 2026-12-10T18:30.", label, s)
}

func validateURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) > MaxURL {
		return "", domain.Invalid("onlineUrl", "The online link is at most %d characters.", MaxURL)
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", domain.Invalid("onlineUrl", "The online link must be a web address starting with https:// or http://.")
	}
	return u.String(), nil
}

// checkNeed refuses a need that is not the collaboration's.
func checkNeed(tx *gorm.DB, c *domain.Collaboration, needID *int64) error {
	if needID == nil {
		return nil
	}
	var n int64
	if err := tx.Model(&domain.Need{}).Where("id = ? AND collaboration_id = ?", *needID, c.ID).Count(&n).Error; err != nil {
		return domain.DBErr(err, "need")
	}
	if n == 0 {
		return &domain.Error{Code: domain.CodeNotFound, Field: "needId", Message: "This need is not one of this collaboration's."}
	}
	return nil
}

// PlanGathering plans a gathering in a collaboration; its ACTIVE stewards only, while it
// is not archived, and not in the past.
func (s *Gather) PlanGathering(ctx context.Context, collabID int64, in Input) (*domain.Gathering, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	ok, err := validate(in)
	if err != nil {
		return nil, err
	}
	if ok.startsAt.Before(s.Now()) {
		return nil, domain.Invalid("localStart", "This start is in the past; plan gatherings that are still to come.")
	}
	var g *domain.Gathering
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "planGathering", []any{collabID, in}, &g, func() (int64, error) {
			if err := requirePlanning(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := checkNeed(tx, c, ok.needID); err != nil {
				return 0, err
			}
			now := s.Now()
			g = &domain.Gathering{CollaborationID: c.ID, CreatedByID: v.ID, CreatedAt: now, UpdatedAt: now}
			ok.apply(g)
			if err := tx.Create(g).Error; err != nil {
				return 0, domain.DBErr(err, "gathering")
			}
			return g.ID, s.Record(tx, &c.ID, v.ID, "gathering.planned", "Gathering", g.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

func (v *valid) apply(g *domain.Gathering) {
	g.Title, g.Description, g.TimeZone, g.Place, g.OnlineURL = v.title, v.description, v.timeZone, v.place, v.onlineURL
	g.StartsAt, g.EndsAt, g.Capacity, g.NeedID = v.startsAt, v.endsAt, v.capacity, v.needID
}

// UpdateGathering replaces every field of a gathering that is still to come; its
// collaboration's ACTIVE stewards only. Capacity may not fall below how many are going
// (nobody loses a place they were given); a larger capacity moves the waiting list up at
// once, in the same transaction.
func (s *Gather) UpdateGathering(ctx context.Context, id int64, in Input) (*domain.Gathering, error) {
	ok, err := validate(in)
	if err != nil {
		return nil, err
	}
	return s.inGathering(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error {
		if err := requirePlanning(tx, ctx, c); err != nil {
			return err
		}
		if err := s.requireOpen(g); err != nil {
			return err
		}
		if !ok.startsAt.Equal(g.StartsAt) && ok.startsAt.Before(s.Now()) {
			return domain.Invalid("localStart", "This start is in the past; move the gathering to a time still to come.")
		}
		if err := checkNeed(tx, c, ok.needID); err != nil {
			return err
		}
		if ok.capacity != nil {
			going, err := countGoing(tx, g.ID)
			if err != nil {
				return err
			}
			if int64(*ok.capacity) < going {
				return domain.Invalid("capacity", "%d people are going, so capacity cannot be lower than %d; ask someone to step back first.", going, going)
			}
		}
		ok.apply(g)
		g.UpdatedAt = s.Now()
		if err := tx.Select("*").Omit("id", "collaboration_id", "created_by_id", "created_at").Updates(g).Error; err != nil {
			return domain.DBErr(err, "gathering")
		}
		if err := s.Record(tx, &c.ID, domain.ViewerID(ctx), "gathering.updated", "Gathering", g.ID); err != nil {
			return err
		}
		return s.moveUp(tx, g)
	})
}

// CancelGathering cancels a gathering that has not ended; its collaboration's ACTIVE
// stewards only. Who answered going, maybe or waiting is told. It stays in the list,
// marked cancelled, and in calendars with STATUS:CANCELLED.
func (s *Gather) CancelGathering(ctx context.Context, id int64) (*domain.Gathering, error) {
	return s.inGathering(ctx, id, func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error {
		if err := requirePlanning(tx, ctx, c); err != nil {
			return err
		}
		if err := s.requireOpen(g); err != nil {
			return err
		}
		now := s.Now()
		if err := tx.Model(&domain.Gathering{}).Where("id = ?", g.ID).Updates(map[string]any{"cancelled_at": now, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "gathering")
		}
		var to []int64
		if err := tx.Model(&domain.GatheringRSVP{}).Where("gathering_id = ? AND status IN ?", g.ID,
			[]domain.RSVPStatus{domain.RSVPGoing, domain.RSVPMaybe, domain.RSVPWaiting}).Order("person_id").Pluck("person_id", &to).Error; err != nil {
			return domain.DBErr(err, "answers")
		}
		actor := domain.ViewerID(ctx)
		for _, p := range to {
			if p == actor {
				continue
			}
			n := &domain.Notification{PersonID: p, Kind: domain.NotifyGatheringCancelled, CollaborationID: &c.ID, ActorID: &actor,
				SubjectType: "Gathering", SubjectID: g.ID, CreatedAt: now}
			if _, err := s.WriteNotification(tx, n); err != nil {
				return err
			}
		}
		return s.Record(tx, &c.ID, actor, "gathering.cancelled", "Gathering", g.ID)
	})
}

// requireOpen refuses changes to a gathering that was cancelled or has ended.
func (s *Gather) requireOpen(g *domain.Gathering) error {
	if g.CancelledAt != nil {
		return domain.Errorf(domain.CodeConflict, "“%s” was cancelled; plan a new gathering instead.", g.Title)
	}
	if !s.Now().Before(g.EndsAt) {
		return domain.Errorf(domain.CodeConflict, "“%s” has ended; record who attended instead.", g.Title)
	}
	return nil
}

// inGathering runs f on a gathering under its collaboration's lock (domain.InOwner),
// holding the gathering's own row lock too; one of a collaboration the viewer may not
// see is not found, as one that never was.
func (s *Gather) inGathering(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error) (*domain.Gathering, error) {
	g, err := domain.InOwner(ctx, s.Core, id, "This gathering", func(tx *gorm.DB, c *domain.Collaboration, g *domain.Gathering) error {
		if err := domain.LockRow(tx, "gatherings", g.ID); err != nil {
			return err
		}
		return f(tx, c, g)
	})
	var e *domain.Error
	if errors.As(err, &e) && e.Code == domain.CodeNotFound && e.Field == "" {
		// A gathering of a collaboration the viewer may not see is as absent as one that never was.
		return nil, domain.Errorf(domain.CodeNotFound, "This gathering was not found.")
	}
	return g, err
}

// requirePlanning admits an ACTIVE steward of a collaboration not archived.
func requirePlanning(tx *gorm.DB, ctx context.Context, c *domain.Collaboration) error {
	if _, err := collab.RequireSteward(tx, ctx, c); err != nil {
		return err
	}
	if c.Status == domain.CollaborationArchived {
		return domain.Errorf(domain.CodeConflict, "%q is archived; it plans no more gatherings.", c.Title)
	}
	return nil
}

// CanPlan reports whether someone with membership m (nil for none) may plan, change and
// cancel gatherings of c and record attendance: an ACTIVE steward, while c is not archived.
func CanPlan(m *domain.Membership, c *domain.Collaboration) bool {
	return m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward && c.Status != domain.CollaborationArchived
}
