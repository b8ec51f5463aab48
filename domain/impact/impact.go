package impact

import (
	"context"
	"sort"
	"time"

	"kindred/domain"
	"kindred/domain/ledger"
)

// Point is what was contributed in one UTC month of one kind, unit and currency.
type Point struct {
	// Month is the first instant of the month, in UTC.
	Month        time.Time
	Kind         domain.ResourceKind
	Unit         string
	Currency     string
	All          domain.Sum
	Confirmed    domain.Sum
	Contributors int
}

// MonthOf returns the first instant of t's month in UTC.
func MonthOf(t time.Time) time.Time {
	u := t.UTC()
	return time.Date(u.Year(), u.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// Monthly buckets counted entries by UTC month, kind, unit and currency, oldest month
// first; months without entries are left out. It never adds across kinds, units or
// currencies.
func Monthly(entries []*domain.Contribution) []Point {
	type key struct {
		month          time.Time
		kind           domain.ResourceKind
		unit, currency string
	}
	sums := map[key]*Point{}
	people := map[key]map[int64]bool{}
	for _, e := range entries {
		k := key{MonthOf(e.OccurredAt), e.Kind, e.Unit, e.Currency}
		p := sums[k]
		if p == nil {
			p = &Point{Month: k.month, Kind: e.Kind, Unit: e.Unit, Currency: e.Currency}
			sums[k], people[k] = p, map[int64]bool{}
		}
		p.All = p.All.Add(e.Quantity)
		if e.ConfirmedByID != nil {
			p.Confirmed = p.Confirmed.Add(e.Quantity)
		}
		people[k][e.PersonID] = true
	}
	out := make([]Point, 0, len(sums))
	for k, p := range sums {
		p.Contributors = len(people[k])
		out = append(out, *p)
	}
	sortPoints(out)
	return out
}

func sortPoints(ps []Point) {
	sort.Slice(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if !a.Month.Equal(b.Month) {
			return a.Month.Before(b.Month)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Unit+a.Currency < b.Unit+b.Currency
	})
}

func sortTotals(ts []ledger.Total) {
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].Kind != ts[j].Kind {
			return ts[i].Kind < ts[j].Kind
		}
		return ts[i].Unit+ts[i].Currency < ts[j].Unit+ts[j].Currency
	})
}

// MemberGiven is what one person gave to a collaboration, per kind and unit.
type MemberGiven struct {
	PersonID int64
	Given    []ledger.Total
}

// CollabImpact is a collaboration's contributions: totals per kind and unit with how
// widely each is pooled (contributors and the largest share), what each member gave, and
// the monthly series. Its outcomes are loaded apart.
type CollabImpact struct {
	Totals   []ledger.Total
	ByMember []MemberGiven
	Monthly  []Point
}

// impactEntries returns the counted entries whose column is one of ids.
func (s *Impact) impactEntries(ctx context.Context, column string, ids []int64) ([]*domain.Contribution, error) {
	var rows []*domain.Contribution
	err := s.DB.WithContext(ctx).Select("id", "collaboration_id", "person_id", "kind", "unit", "currency", "quantity", "confirmed_by_id", "occurred_at").
		Where(column+" IN ? AND "+ledger.CountedEntries, ids).Order("id").Find(&rows).Error
	return rows, domain.DBErr(err, "contributions")
}

// collabImpactOf rolls up one collaboration's counted entries.
func collabImpactOf(entries []*domain.Contribution) *CollabImpact {
	byPerson := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		byPerson[e.PersonID] = append(byPerson[e.PersonID], e)
	}
	ci := &CollabImpact{Totals: ledger.Totals(entries), Monthly: Monthly(entries), ByMember: make([]MemberGiven, 0, len(byPerson))}
	for id, es := range byPerson {
		ci.ByMember = append(ci.ByMember, MemberGiven{PersonID: id, Given: ledger.Totals(es)})
	}
	sort.Slice(ci.ByMember, func(i, j int) bool { return ci.ByMember[i].PersonID < ci.ByMember[j].PersonID })
	return ci
}

// ImpactByCollab returns the contributions side of each visible collaboration's impact.
func (s *Impact) ImpactByCollab(ctx context.Context, collabIDs []int64) (map[int64]*CollabImpact, error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	entries, err := s.impactEntries(ctx, "collaboration_id", domain.Keys(visible))
	if err != nil {
		return nil, err
	}
	by := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		by[e.CollaborationID] = append(by[e.CollaborationID], e)
	}
	out := make(map[int64]*CollabImpact, len(visible))
	for id := range visible {
		out[id] = collabImpactOf(by[id])
	}
	return out, nil
}

// PersonCollabImpact is what a person gave to one collaboration.
type PersonCollabImpact struct {
	CollaborationID int64
	Given           []ledger.Total
}

// PersonImpact is a person's impact across the collaborations the viewer may see: where
// they contributed and what, their totals and their monthly series. The progress of the
// outcomes there is loaded by collaboration.
type PersonImpact struct {
	Collaborations []PersonCollabImpact
	Given          []ledger.Total
	Monthly        []Point
}

// ImpactByPerson returns each person's impact in the collaborations the viewer may see.
func (s *Impact) ImpactByPerson(ctx context.Context, personIDs []int64) (map[int64]*PersonImpact, error) {
	entries, err := s.impactEntries(ctx, "person_id", personIDs)
	if err != nil {
		return nil, err
	}
	entries, err = domain.VisibleByCollab(s.Core, ctx, entries, func(e *domain.Contribution) int64 { return e.CollaborationID })
	if err != nil {
		return nil, err
	}
	by := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		by[e.PersonID] = append(by[e.PersonID], e)
	}
	out := make(map[int64]*PersonImpact, len(personIDs))
	for _, id := range personIDs {
		es := by[id]
		pi := &PersonImpact{Given: ledger.Totals(es), Monthly: Monthly(es), Collaborations: []PersonCollabImpact{}}
		byCollab := map[int64][]*domain.Contribution{}
		for _, e := range es {
			byCollab[e.CollaborationID] = append(byCollab[e.CollaborationID], e)
		}
		for cid, ces := range byCollab {
			pi.Collaborations = append(pi.Collaborations, PersonCollabImpact{CollaborationID: cid, Given: ledger.Totals(ces)})
		}
		// Newest collaboration first.
		sort.Slice(pi.Collaborations, func(i, j int) bool {
			return pi.Collaborations[i].CollaborationID > pi.Collaborations[j].CollaborationID
		})
		out[id] = pi
	}
	return out, nil
}
