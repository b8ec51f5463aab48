package gather

import (
	"context"
	"errors"
	"net/url"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"kindred/auth"
	"kindred/domain"
)

// FeedTokenPrefix starts every calendar feed token, so that one found in a log says what it is.
const FeedTokenPrefix = "kcal_"

// ICSPath is the address of one gathering's calendar file.
func ICSPath(id int64) string {
	return "/calendar/gatherings/" + strconv.FormatInt(id, 10) + ".ics"
}

// FeedPath is the address of a private calendar feed by its token.
func FeedPath(token string) string {
	return "/calendar/feed/" + url.PathEscape(token) + ".ics"
}

// CalendarFeed returns the viewer's calendar feed, nil when they have none.
func (s *Gather) CalendarFeed(ctx context.Context) (*domain.CalendarFeed, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var f domain.CalendarFeed
	if err := s.DB.WithContext(ctx).Where("person_id = ?", v.ID).Limit(1).Find(&f).Error; err != nil || f.ID == 0 {
		return nil, domain.DBErr(err, "calendar feed")
	}
	return &f, nil
}

// RegenerateCalendarFeed gives the viewer a new private calendar feed and returns its
// URL, shown this once (only the token's hash is kept). The previous URL, if any, stops
// working at once.
func (s *Gather) RegenerateCalendarFeed(ctx context.Context) (*domain.CalendarFeed, string, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, "", err
	}
	plain, err := auth.RandomToken(32)
	if err != nil {
		return nil, "", err
	}
	plain = FeedTokenPrefix + plain
	f := &domain.CalendarFeed{PersonID: v.ID, TokenHash: auth.HashToken(plain), CreatedAt: s.Now()}
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("person_id = ?", v.ID).Delete(&domain.CalendarFeed{}).Error; err != nil {
			return domain.DBErr(err, "calendar feed")
		}
		return domain.DBErr(tx.Create(f).Error, "calendar feed")
	})
	if err != nil {
		return nil, "", err
	}
	return f, s.Mail.Link(FeedPath(plain)), nil
}

// RevokeCalendarFeed ends the viewer's calendar feed: its URL stops working. It reports
// whether there was one; revoking when there is none is not an error.
func (s *Gather) RevokeCalendarFeed(ctx context.Context) (bool, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return false, err
	}
	res := s.DB.WithContext(ctx).Where("person_id = ?", v.ID).Delete(&domain.CalendarFeed{})
	return res.RowsAffected > 0, domain.DBErr(res.Error, "calendar feed")
}

// ErrNoFeed answers a feed token that is unknown or revoked.
var ErrNoFeed = domain.Errorf(domain.CodeNotFound, "This calendar feed does not exist or was revoked; make a new one in your settings.")

// FeedICS returns the calendar of the person whose feed token is plain: the gatherings
// they answered GOING, MAYBE or are WAITING for, of collaborations they may still see,
// from 90 days back on, cancelled ones marked so.
func (s *Gather) FeedICS(ctx context.Context, plain string) (string, error) {
	if !strings.HasPrefix(plain, FeedTokenPrefix) {
		return "", ErrNoFeed
	}
	db := s.DB.WithContext(ctx)
	var f domain.CalendarFeed
	if err := db.Where("token_hash = ?", auth.HashToken(plain)).Limit(1).Find(&f).Error; err != nil {
		return "", domain.DBErr(err, "calendar feed")
	}
	if f.ID == 0 {
		return "", ErrNoFeed
	}
	p, err := domain.PersonByID(ctx, db, f.PersonID)
	if err != nil {
		return "", domain.DBErr(err, "person")
	}
	if p.SuspendedAt != nil {
		return "", ErrNoFeed
	}
	now := s.Now()
	if err := db.Model(&domain.CalendarFeed{}).Where("id = ?", f.ID).Update("last_used_at", now).Error; err != nil {
		return "", domain.DBErr(err, "calendar feed")
	}
	var gs []*domain.Gathering
	if err := db.Where("ends_at > ? AND id IN (?)", now.AddDate(0, 0, -90),
		db.Model(&domain.GatheringRSVP{}).Select("gathering_id").Where("person_id = ? AND status IN ?", p.ID,
			[]domain.RSVPStatus{domain.RSVPGoing, domain.RSVPMaybe, domain.RSVPWaiting})).
		Order("starts_at, id").Find(&gs).Error; err != nil {
		return "", domain.DBErr(err, "gatherings")
	}
	// The feed reads as its owner would: what they may no longer see drops out.
	gs, err = domain.VisibleByCollab(s.Core, domain.WithViewer(ctx, p), gs, func(g *domain.Gathering) int64 { return g.CollaborationID })
	if err != nil {
		return "", err
	}
	return s.calendarOf(ctx, "Kindred: "+p.DisplayName, gs)
}

// GatheringICS returns the calendar file of one gathering the viewer may see.
func (s *Gather) GatheringICS(ctx context.Context, id int64) (string, error) {
	gs, err := s.FindGatheringsByIDs(domain.WithRequestCache(ctx), []int64{id})
	if err != nil {
		return "", err
	}
	if len(gs) == 0 {
		return "", domain.Errorf(domain.CodeNotFound, "This gathering was not found.")
	}
	return s.calendarOf(ctx, gs[0].Title, gs)
}

// calendarOf writes gs as a calendar named name, with their collaborations' titles and
// links.
func (s *Gather) calendarOf(ctx context.Context, name string, gs []*domain.Gathering) (string, error) {
	ids := make([]int64, len(gs))
	for i, g := range gs {
		ids[i] = g.CollaborationID
	}
	var cs []domain.Collaboration
	if err := s.DB.WithContext(ctx).Select("id", "slug", "title").Where("id IN ?", append(ids, 0)).Find(&cs).Error; err != nil {
		return "", domain.DBErr(err, "collaborations")
	}
	byID := map[int64]domain.Collaboration{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	events := make([]Event, len(gs))
	for i, g := range gs {
		c := byID[g.CollaborationID]
		events[i] = Event{Gathering: g, Collab: c.Title, URL: s.Mail.Link(domain.GatheringPath(c.Slug, g.ID))}
	}
	return WriteICS(name, uidHost(s.Mail.Link("/")), events)
}

func uidHost(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Hostname() == "" {
		return "kindred"
	}
	return u.Hostname()
}

var errBadZone = errors.New("gathering has an unknown time zone")
