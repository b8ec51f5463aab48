package impact

import (
	"sort"
	"time"

	"kindred/domain"
)

// Progress is how far an outcome has moved from its baseline toward its target:
// (latest − baseline) / (target − baseline), for DECREASE too. Raw may exceed 1 or be
// negative; Clamped is Raw kept within [0, 1].
type Progress struct {
	Raw     float64
	Clamped float64
}

// ProgressOf returns the progress of o at measurement latest; ok is false when there is
// no measurement (no figure, not zero).
func ProgressOf(o *domain.Outcome, latest *domain.Measurement) (p Progress, ok bool) {
	if latest == nil || o.Target == o.Baseline {
		return Progress{}, false
	}
	raw := (latest.Value - o.Baseline) / (o.Target - o.Baseline)
	return Progress{Raw: raw, Clamped: min(1, max(0, raw))}, true
}

// Latest returns the measurement that counts for progress: the most recent by measured
// at among those no correction supersedes (the later recorded one on a tie), or nil.
// supersededIDs holds the IDs that some measurement supersedes.
func Latest(ms []*domain.Measurement, supersededIDs map[int64]bool) *domain.Measurement {
	var best *domain.Measurement
	for _, m := range ms {
		if supersededIDs[m.ID] {
			continue
		}
		if best == nil || m.MeasuredAt.After(best.MeasuredAt) || (m.MeasuredAt.Equal(best.MeasuredAt) && m.ID > best.ID) {
			best = m
		}
	}
	return best
}

// Superseded returns the IDs of ms that another measurement of ms supersedes.
func Superseded(ms []*domain.Measurement) map[int64]bool {
	out := map[int64]bool{}
	for _, m := range ms {
		if m.SupersedesID != nil {
			out[*m.SupersedesID] = true
		}
	}
	return out
}

// ElapsedShare is the share of the time between the outcome's creation and its due date
// that has passed at now, within [0, 1]; ok is false without a due date.
func ElapsedShare(o *domain.Outcome, now time.Time) (share float64, ok bool) {
	if o.DueAt == nil {
		return 0, false
	}
	span := o.DueAt.Sub(o.CreatedAt)
	if span <= 0 {
		return 1, true
	}
	return min(1, max(0, float64(now.Sub(o.CreatedAt))/float64(span))), true
}

// OnTrack reports whether an outcome with progress p is on track at now: its clamped
// progress is at least the share of time elapsed toward its due date; without a due date,
// any progress above zero. ok is false when there is no progress figure.
func OnTrack(o *domain.Outcome, p *Progress, now time.Time) (onTrack, ok bool) {
	if p == nil {
		return false, false
	}
	share, due := ElapsedShare(o, now)
	if !due {
		return p.Clamped > 0, true
	}
	return p.Clamped >= share, true
}

// Reached reports whether an outcome with progress p has reached its target.
func Reached(p *Progress) bool { return p != nil && p.Clamped >= 1 }

// OutcomeStatus is an outcome's standing at one moment: its latest measurement, progress
// and whether it is on track. Progress and OnTrack are nil without a measurement.
type OutcomeStatus struct {
	Latest   *domain.Measurement
	Progress *Progress
	OnTrack  *bool
}

// StatusOf computes an outcome's standing from its latest measurement.
func StatusOf(o *domain.Outcome, latest *domain.Measurement, now time.Time) OutcomeStatus {
	st := OutcomeStatus{Latest: latest}
	if p, ok := ProgressOf(o, latest); ok {
		st.Progress = &p
		on, _ := OnTrack(o, &p, now)
		st.OnTrack = &on
	}
	return st
}

// OutcomeSummary counts outcomes by where they stand.
type OutcomeSummary struct {
	Total    int
	Measured int
	OnTrack  int
	Reached  int
}

// Summarize counts the outcomes with their standings.
func Summarize(outcomes []*domain.Outcome, status map[int64]OutcomeStatus) OutcomeSummary {
	var s OutcomeSummary
	for _, o := range outcomes {
		s.Total++
		st := status[o.ID]
		if st.Progress == nil {
			continue
		}
		s.Measured++
		if st.OnTrack != nil && *st.OnTrack {
			s.OnTrack++
		}
		if Reached(st.Progress) {
			s.Reached++
		}
	}
	return s
}

// sortMeasurements orders measurements newest measured first, later recorded first on a tie.
func sortMeasurements(ms []*domain.Measurement) {
	sort.Slice(ms, func(i, j int) bool {
		if !ms[i].MeasuredAt.Equal(ms[j].MeasuredAt) {
			return ms[i].MeasuredAt.After(ms[j].MeasuredAt)
		}
		return ms[i].ID > ms[j].ID
	})
}
