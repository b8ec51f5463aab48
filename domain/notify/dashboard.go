package notify

import (
	"context"
	"sort"
	"time"

	"kindred/domain"
	"kindred/domain/ledger"
)

// Dashboard is what waits for the viewer.
type Dashboard struct {
	// AwaitingConfirmation are others' entries in the viewer's collaborations that the
	// viewer may confirm, oldest first.
	AwaitingConfirmation []*domain.Contribution
	// CommitmentsDue are the viewer's live commitments due within two weeks or overdue,
	// soonest first.
	CommitmentsDue []*domain.Commitment
	// DueFulfilments is each due commitment's fulfilment, computed to choose them.
	DueFulfilments map[int64]ledger.Fulfilment
	// ProposalsAwaitingPosition are the OPEN proposals of the viewer's collaborations on
	// which the viewer has taken no position yet, closing soonest first.
	ProposalsAwaitingPosition []*domain.Proposal
	// Invitations are the viewer's memberships still INVITED, oldest first.
	Invitations []*domain.Membership
	// JoinRequests are the REQUESTED memberships of the collaborations the viewer
	// stewards, oldest first.
	JoinRequests []*domain.Membership
}

// DueWindow is how far ahead the dashboard looks for due commitments.
const DueWindow = 14 * 24 * time.Hour

// activeIn selects the collaborations where the person is an ACTIVE member.
const activeIn = "collaboration_id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status = 'ACTIVE')"

// FindDashboard returns what waits for the viewer.
func (s *Notify) FindDashboard(ctx context.Context) (*Dashboard, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	db := s.DB.WithContext(ctx)
	d := &Dashboard{}
	err = db.Where("person_id <> ? AND confirmed_by_id IS NULL AND "+ledger.CountedEntries+" AND "+activeIn, v.ID, v.ID).
		Order("created_at, id").Limit(domain.MaxPageSize).Find(&d.AwaitingConfirmation).Error
	if err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	if d.CommitmentsDue, d.DueFulfilments, err = s.commitmentsDue(ctx, v.ID); err != nil {
		return nil, err
	}
	// A proposal past its closing time takes no positions even before the job closes it.
	// A poll awaits a ballot rather than a position.
	err = db.Where("status = ? AND closes_at > ? AND "+activeIn+
		" AND NOT EXISTS (SELECT 1 FROM positions p WHERE p.proposal_id = proposals.id AND p.person_id = ?)"+
		" AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.proposal_id = proposals.id AND b.person_id = ?)",
		domain.ProposalOpen, s.Now(), v.ID, v.ID, v.ID).Order("closes_at, id").Limit(domain.MaxPageSize).Find(&d.ProposalsAwaitingPosition).Error
	if err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	err = db.Where("person_id = ? AND status = ?", v.ID, domain.MembershipInvited).
		Order("created_at, id").Limit(domain.MaxPageSize).Find(&d.Invitations).Error
	if err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	err = db.Where("status = ? AND collaboration_id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status = ? AND role = ?)",
		domain.MembershipRequested, v.ID, domain.MembershipActive, domain.MembershipSteward).
		Order("created_at, id").Limit(domain.MaxPageSize).Find(&d.JoinRequests).Error
	if err != nil {
		return nil, domain.DBErr(err, "memberships")
	}
	return d, nil
}

// commitmentsDue returns the person's live commitments due within DueWindow or overdue
// and not yet fulfilled by confirmed contributions, with the recurring ones that are due
// (see RecurringDue), soonest first.
func (s *Notify) commitmentsDue(ctx context.Context, personID int64) ([]*domain.Commitment, map[int64]ledger.Fulfilment, error) {
	now := s.Now()
	var live []*domain.Commitment
	// Recurring ones ended more than a period ago cannot be due.
	err := s.DB.WithContext(ctx).Where("person_id = ? AND status IN ? AND ((due_at IS NOT NULL AND due_at <= ?) OR (period <> '' AND (ends_on IS NULL OR ends_on >= ?)))",
		personID, []domain.CommitmentStatus{domain.CommitmentPending, domain.CommitmentBinding}, now.Add(DueWindow),
		now.AddDate(0, 0, -40).Format(domain.DateLayout)).
		Order("due_at, id").Limit(domain.MaxPageSize).Find(&live).Error
	if err != nil {
		return nil, nil, domain.DBErr(err, "commitments")
	}
	ful, err := ledger.Fulfilments(ctx, s.DB, live, now)
	if err != nil {
		return nil, nil, err
	}
	type due struct {
		c  *domain.Commitment
		at time.Time
	}
	var open []due
	for _, c := range live {
		if c.Period != domain.RecurNone {
			if at, ok := RecurringDue(c, ful[c.ID], now); ok {
				open = append(open, due{c, at})
			}
		} else if ful[c.ID].Confirmed.Less(c.Quantity) {
			open = append(open, due{c, *c.DueAt})
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].at.Before(open[j].at) })
	out := make([]*domain.Commitment, len(open))
	for i, d := range open {
		out[i] = d.c
	}
	return out, ful, nil
}

// RecurringDue reports whether a recurring commitment belongs among the commitments due,
// and when it falls due: the end of its last ended period when that fell short (it is
// behind), else the end of its running period when that is short and ends within
// DueWindow.
func RecurringDue(c *domain.Commitment, f ledger.Fulfilment, now time.Time) (time.Time, bool) {
	if ledger.Behind(c, f, now) {
		for i := len(f.Periods) - 1; i >= 0; i-- {
			if p := f.Periods[i]; p.Due && p.Amount > 0 {
				return p.End, true
			}
		}
	}
	if cur, ok := f.Current(); ok && cur.Short() && cur.End.Sub(now) <= DueWindow {
		return cur.End, true
	}
	return time.Time{}, false
}
