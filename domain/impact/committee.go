package impact

import (
	"context"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// The committee signal (DESIGN.md): a collaboration that only talks sees itself.
const (
	// CommitteeWindowDays is how many days back the signal looks, by the service's clock.
	CommitteeWindowDays = 30
	// CommitteeMinTalk is the least talk that can raise the signal: a quiet start is not a committee.
	CommitteeMinTalk = 5
	// CommitteeRatio: flagged when do < talk / CommitteeRatio.
	CommitteeRatio = 5
)

// CommitteeSignal holds the two counts behind the signal and whether it is raised.
type CommitteeSignal struct {
	// Talk counts proposals made, positions taken or changed, comments written, and
	// posts written in threads (a thread's opening post and each reply).
	Talk int
	// Do counts contributions (neither a reversal nor reversed), measurements, and
	// attendances of gatherings (each person who attended a gathering that ended in the
	// window). A recorded attendance makes a TIME contribution; that contribution is
	// counted as the attendance, never a second time.
	Do      int
	Flagged bool
	// WindowDays is how many days the counts cover, up to now.
	WindowDays int
}

// IsCommittee reports whether talk and do make a committee: talk ≥ 5 and do < talk / 5.
// It compares do × 5 with talk, so no rounding decides.
// Examples: talk 5, do 0 → flagged; talk 5, do 1 → not (1 is not below 1);
// talk 4, do 0 → not (too little talk); talk 10, do 1 → flagged; talk 10, do 2 → not.
func IsCommittee(talk, do int) bool {
	return talk >= CommitteeMinTalk && do*CommitteeRatio < talk
}

// NewCommitteeSignal returns the signal for talk and do over the standard window.
func NewCommitteeSignal(talk, do int) CommitteeSignal {
	return CommitteeSignal{Talk: talk, Do: do, Flagged: IsCommittee(talk, do), WindowDays: CommitteeWindowDays}
}

// CommitteeSignals returns the signal of each collaboration over the last 30 days
// (after now − 30 days, up to now): seven counts whatever the number of collaborations.
// The collaborations are assumed visible: callers reach this through one.
func (s *Impact) CommitteeSignals(ctx context.Context, collabIDs []int64) (map[int64]CommitteeSignal, error) {
	now := s.Now()
	since := now.Add(-CommitteeWindowDays * 24 * time.Hour)
	db := s.DB.WithContext(ctx)
	talk, do := map[int64]int{}, map[int64]int{}
	counts := []struct {
		into  map[int64]int
		model any
		when  string
		extra string
	}{
		{talk, &domain.Proposal{}, "created_at", ""},
		{talk, &domain.Position{}, "updated_at", ""},
		{talk, &domain.Comment{}, "created_at", ""},
		// A thread's opening post counts as talk like every reply; an edit does not.
		{talk, &domain.Post{}, "created_at", ""},
		// A mistake and the entry that reverses it are neither of them work done. An
		// attendance's contribution counts below, as the attendance.
		{do, &domain.Contribution{}, "occurred_at", "reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contributions r WHERE r.reverses_id = contributions.id)" +
			" AND NOT EXISTS (SELECT 1 FROM gathering_attendances ga WHERE ga.contribution_id = contributions.id)"},
		// Who attended a gathering, when it ended; an attendance whose entry was reversed
		// (they did not come after all) is none.
		{do, &domain.GatheringAttendance{}, "(SELECT g.ends_at FROM gatherings g WHERE g.id = gathering_attendances.gathering_id)",
			"NOT EXISTS (SELECT 1 FROM contributions r WHERE r.reverses_id = gathering_attendances.contribution_id)"},
		{do, &domain.Measurement{}, "measured_at", ""},
	}
	for _, c := range counts {
		if err := countByCollab(db, c.model, collabIDs, c.when, since, now, c.extra, c.into); err != nil {
			return nil, err
		}
	}
	out := make(map[int64]CommitteeSignal, len(collabIDs))
	for _, id := range collabIDs {
		out[id] = NewCommitteeSignal(talk[id], do[id])
	}
	return out, nil
}

// countByCollab adds to into, per collaboration, the rows of model whose column when
// falls after since and up to until.
func countByCollab(db *gorm.DB, model any, collabIDs []int64, when string, since, until time.Time, extra string, into map[int64]int) error {
	q := db.Model(model).Select("collaboration_id, COUNT(*) AS n").
		Where("collaboration_id IN ? AND "+when+" > ? AND "+when+" <= ?", collabIDs, since, until)
	if extra != "" {
		q = q.Where(extra)
	}
	var rows []struct {
		CollaborationID int64
		N               int
	}
	if err := q.Group("collaboration_id").Scan(&rows).Error; err != nil {
		return domain.DBErr(err, "activity counts")
	}
	for _, r := range rows {
		into[r.CollaborationID] += r.N
	}
	return nil
}
