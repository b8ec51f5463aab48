package notify

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/ledger"
)

// PeriodDueWindow is how long before a period of a recurring commitment ends its maker is
// reminded, while the period is short: two days for a week, a week for a month.
func PeriodDueWindow(r domain.Recurrence) time.Duration {
	if r == domain.RecurWeek {
		return 2 * 24 * time.Hour
	}
	return CommitmentDueWindow
}

// periodReminders returns, for each BINDING recurring commitment, a reminder when its
// running period ends within PeriodDueWindow short of its amount, and a notice when its
// last ended period fell short; each once per period (keyed by the period's start).
func periodReminders(ctx context.Context, db *gorm.DB, now time.Time) ([]*domain.Notification, error) {
	var cms []*domain.Commitment
	// Older ones cannot hold a period that ended within a window.
	if err := db.Where("status = ? AND period <> '' AND (ends_on IS NULL OR ends_on >= ?)", domain.CommitmentBinding,
		now.AddDate(0, 0, -40).Format(domain.DateLayout)).Find(&cms).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	if len(cms) == 0 {
		return nil, nil
	}
	ful, err := ledger.Fulfilments(ctx, db, cms, now)
	if err != nil {
		return nil, err
	}
	var out []*domain.Notification
	add := func(cm *domain.Commitment, kind domain.NotificationKind, p ledger.PeriodFulfilment) {
		key := fmt.Sprintf("%s:%d:%d", kind, cm.ID, p.Start.Unix())
		cid := cm.CollaborationID
		out = append(out, &domain.Notification{PersonID: cm.PersonID, Kind: kind, CollaborationID: &cid,
			SubjectType: "Commitment", SubjectID: cm.ID, DedupeKey: &key, CreatedAt: now})
	}
	for _, cm := range cms {
		f := ful[cm.ID]
		if cur, ok := f.Current(); ok && cur.Short() && !now.Before(cur.End.Add(-PeriodDueWindow(cm.Period))) {
			add(cm, domain.NotifyCommitmentDue, cur)
		}
		// The period that ended last, if it ended within the last window and fell short.
		for i := len(f.Periods) - 1; i >= 0; i-- {
			if p := f.Periods[i]; p.Due {
				if p.Short() && now.Sub(p.End) < PeriodDueWindow(cm.Period) {
					add(cm, domain.NotifyCommitmentOverdue, p)
				}
				break
			}
		}
	}
	return out, nil
}
