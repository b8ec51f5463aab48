package gather

import (
	"context"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// GatheringPagesByCollab returns a page of each visible collaboration's gatherings: the
// upcoming ones (not yet ended, cancelled ones included) soonest first, or the past ones
// (ended by the clock) latest first. Two statements whatever the number of
// collaborations: the counts and the pages (a window function numbers each one's rows).
func (s *Gather) GatheringPagesByCollab(ctx context.Context, collabIDs []int64, past bool, args domain.PageArgs) (map[int64]*domain.Page[*domain.Gathering], error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	n, err := domain.PageSize(args.First)
	if err != nil {
		return nil, err
	}
	var after *time.Time
	var afterID int64
	if args.After != "" {
		c, err := domain.DecodeCursor(args.After)
		if err != nil {
			return nil, err
		}
		t, err := time.Parse(time.RFC3339Nano, c.Key)
		if err != nil {
			return nil, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
		}
		after, afterID = &t, c.ID
	}
	keys := domain.Keys(visible)
	out := make(map[int64]*domain.Page[*domain.Gathering], len(keys))
	for _, k := range keys {
		out[k] = &domain.Page[*domain.Gathering]{HasPrevious: after != nil}
	}
	if len(keys) == 0 {
		return out, nil
	}
	now := s.Now()
	db := s.DB.WithContext(ctx)
	base := func() *gorm.DB {
		q := db.Model(&domain.Gathering{}).Where("collaboration_id IN ?", keys)
		if past {
			return q.Where("ends_at <= ?", now)
		}
		return q.Where("ends_at > ?", now)
	}
	var counts []struct {
		K int64
		N int
	}
	if err := base().Select("collaboration_id AS k, COUNT(*) AS n").Group("collaboration_id").Scan(&counts).Error; err != nil {
		return nil, domain.DBErr(err, "gatherings")
	}
	for _, c := range counts {
		out[c.K].TotalCount = c.N
	}
	if n == 0 {
		return out, nil
	}
	order, cmp := "starts_at ASC, id ASC", "(starts_at > ? OR (starts_at = ? AND id > ?))"
	if past {
		order, cmp = "starts_at DESC, id DESC", "(starts_at < ? OR (starts_at = ? AND id < ?))"
	}
	ranked := base().Select("*, ROW_NUMBER() OVER (PARTITION BY collaboration_id ORDER BY " + order + ") AS page_rank")
	if after != nil {
		ranked = ranked.Where(cmp, *after, *after, afterID)
	}
	var rows []*domain.Gathering
	if err := db.Table("(?) AS ranked", ranked).Where("page_rank <= ?", n+1).Order("collaboration_id, page_rank").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "gatherings")
	}
	for _, g := range rows {
		p := out[g.CollaborationID]
		if len(p.Items) == n {
			p.HasNextPage = true
			continue
		}
		p.Items = append(p.Items, g)
		p.Cursors = append(p.Cursors, domain.EncodeCursor(g.StartsAt.UTC().Format(time.RFC3339Nano), g.ID))
	}
	return out, nil
}

// FindGatheringsByIDs returns gatherings by ID whose collaboration the viewer may see.
func (s *Gather) FindGatheringsByIDs(ctx context.Context, ids []int64) ([]*domain.Gathering, error) {
	var rows []*domain.Gathering
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "gatherings")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(g *domain.Gathering) int64 { return g.CollaborationID })
}

// RSVPCounts is how many answered each way.
type RSVPCounts struct {
	Going, Maybe, Waiting int
}

// RSVPCountsByGathering counts the answers of each gathering in one statement. The
// gatherings are assumed visible: callers reach this through one.
func (s *Gather) RSVPCountsByGathering(ctx context.Context, ids []int64) (map[int64]RSVPCounts, error) {
	var rows []struct {
		GatheringID int64
		Status      domain.RSVPStatus
		N           int
	}
	if err := s.DB.WithContext(ctx).Model(&domain.GatheringRSVP{}).Select("gathering_id, status, COUNT(*) AS n").
		Where("gathering_id IN ?", ids).Group("gathering_id, status").Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "answers")
	}
	out := make(map[int64]RSVPCounts, len(ids))
	for _, r := range rows {
		c := out[r.GatheringID]
		switch r.Status {
		case domain.RSVPGoing:
			c.Going = r.N
		case domain.RSVPMaybe:
			c.Maybe = r.N
		case domain.RSVPWaiting:
			c.Waiting = r.N
		}
		out[r.GatheringID] = c
	}
	return out, nil
}

// RSVPsByGathering returns each gathering's answers but NOT_GOING: GOING, then MAYBE,
// then WAITING, each in the order of the answer (the waiting list's order). The
// gatherings are assumed visible; who may read the lists is MayReadAnswers.
func (s *Gather) RSVPsByGathering(ctx context.Context, ids []int64) (map[int64][]*domain.GatheringRSVP, error) {
	var rows []*domain.GatheringRSVP
	if err := s.DB.WithContext(ctx).Where("gathering_id IN ? AND status <> ?", ids, domain.RSVPNotGoing).
		Order("gathering_id, answered_at, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "answers")
	}
	out := map[int64][]*domain.GatheringRSVP{}
	for _, r := range rows {
		out[r.GatheringID] = append(out[r.GatheringID], r)
	}
	return out, nil
}

// ViewerRSVPs returns the viewer's answer to each gathering that has one.
func (s *Gather) ViewerRSVPs(ctx context.Context, ids []int64) (map[int64]*domain.GatheringRSVP, error) {
	out := map[int64]*domain.GatheringRSVP{}
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return out, nil
	}
	var rows []*domain.GatheringRSVP
	if err := s.DB.WithContext(ctx).Where("gathering_id IN ? AND person_id = ?", ids, v.ID).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "answers")
	}
	for _, r := range rows {
		out[r.GatheringID] = r
	}
	return out, nil
}

// AttendancesByGathering returns who attended each gathering, in the order recorded.
func (s *Gather) AttendancesByGathering(ctx context.Context, ids []int64) (map[int64][]*domain.GatheringAttendance, error) {
	var rows []*domain.GatheringAttendance
	if err := s.DB.WithContext(ctx).Where("gathering_id IN ?", ids).Order("gathering_id, id").Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "attendance")
	}
	out := map[int64][]*domain.GatheringAttendance{}
	for _, r := range rows {
		out[r.GatheringID] = append(out[r.GatheringID], r)
	}
	return out, nil
}

// MayReadAnswers reports whether viewer, with membership m of the gathering's
// collaboration (nil for none), may read who answered and who attended: its ACTIVE
// members and site admins. Others see the counts only.
func MayReadAnswers(viewer *domain.Person, m *domain.Membership) bool {
	if viewer == nil {
		return false
	}
	return viewer.Role == domain.RoleAdmin || (m != nil && m.Status == domain.MembershipActive)
}

// CanAnswer reports whether someone with membership m (nil for none) may answer g now:
// an ACTIVE member, while g is neither cancelled nor started.
func CanAnswer(m *domain.Membership, g *domain.Gathering, now time.Time) bool {
	return m != nil && m.Status == domain.MembershipActive && g.CancelledAt == nil && now.Before(g.StartsAt)
}

// WaitingPosition returns the place (1 for first) of person on g's waiting list among
// answers (as RSVPsByGathering orders them), 0 when not waiting.
func WaitingPosition(answers []*domain.GatheringRSVP, person int64) int {
	pos := 0
	for _, r := range answers {
		if r.Status != domain.RSVPWaiting {
			continue
		}
		pos++
		if r.PersonID == person {
			return pos
		}
	}
	return 0
}

// FindGatheringForViewer returns a gathering if the viewer may read it; nil otherwise.
func (s *Gather) FindGatheringForViewer(ctx context.Context, id int64) (*domain.Gathering, error) {
	rows, err := s.FindGatheringsByIDs(domain.WithRequestCache(ctx), []int64{id})
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// LocalTime writes t as the wall-clock time in zone (LocalLayout), as a form edits it.
func LocalTime(t time.Time, zone string) string {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	return t.In(loc).Format(LocalLayout)
}
