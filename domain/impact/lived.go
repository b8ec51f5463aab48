package impact

import (
	"context"
	"slices"

	"kindred/domain"
	"kindred/domain/ledger"
)

// ValueShare is one value's part of a whole, in [0, 1].
type ValueShare struct {
	ValueID int64
	Share   float64
}

// LivedValue is one value in one kind and unit of effort: its stated share, its lived
// share and lived − stated.
type LivedValue struct {
	ValueID    int64
	Stated     float64
	Lived      float64
	Difference float64
}

// LivedEffort is where the confirmed effort of one kind, unit and currency went.
type LivedEffort struct {
	Kind     domain.ResourceKind
	Unit     string
	Currency string
	// Amount is the confirmed effort counted, and Contributions how many entries it is.
	Amount        domain.Sum
	Contributions int
	// Values holds every value stated or lived, largest stated share first, then largest
	// lived share, then by value ID.
	Values []LivedValue
	// Overlap is Σ min(stated, lived) over the values, in [0, 1].
	Overlap float64
}

// StatedVsLived sets declared value strengths beside where confirmed effort went. Lived
// is empty before any confirmed effort: no figure, not zero.
type StatedVsLived struct {
	Stated []ValueShare
	Lived  []LivedEffort
}

// StatedAgainstLived is the rule "stated vs lived values". Stated: the strengths (a
// person's) or weights (a collaboration's) as shares of their total. Lived: each
// confirmed entry's quantity is spread over the values it served (servedBy: today the
// values of the collaboration it was given in) in proportion to their weights; per kind,
// unit and currency, a value's lived share is what it received over the quantity of the
// entries that served any value. Kinds and units are never added together: each has its
// own lived shares and overlap. Unconfirmed entries and reversals count for nothing; the
// caller passes only counted entries (reversed ones left out). An entry that served no
// value is left out of both sides of the share.
func StatedAgainstLived(stated []domain.Strength, entries []*domain.Contribution, servedBy func(*domain.Contribution) []domain.Strength) StatedVsLived {
	out := StatedVsLived{Stated: []ValueShare{}, Lived: []LivedEffort{}}
	statedShare := map[int64]float64{}
	total := 0
	for _, s := range stated {
		if s.Strength > 0 {
			total += s.Strength
		}
	}
	for _, s := range stated {
		if s.Strength > 0 {
			statedShare[s.ValueID] += float64(s.Strength) / float64(total)
		}
	}
	for id, sh := range statedShare {
		out.Stated = append(out.Stated, ValueShare{ValueID: id, Share: sh})
	}
	slices.SortFunc(out.Stated, func(a, b ValueShare) int {
		if a.Share != b.Share {
			return cmpFloatDesc(a.Share, b.Share)
		}
		return cmpID(a.ValueID, b.ValueID)
	})

	type unitKey struct {
		kind           domain.ResourceKind
		unit, currency string
	}
	type group struct {
		effort LivedEffort
		served float64 // quantity of the entries that served any value
		got    map[int64]float64
	}
	groups := map[unitKey]*group{}
	var order []unitKey
	for _, e := range entries {
		if e.ConfirmedByID == nil || e.ReversesID != nil || e.Quantity <= 0 {
			continue
		}
		values := servedBy(e)
		weights := 0
		for _, v := range values {
			if v.Strength > 0 {
				weights += v.Strength
			}
		}
		if weights == 0 {
			continue
		}
		k := unitKey{e.Kind, e.Unit, e.Currency}
		g := groups[k]
		if g == nil {
			g = &group{effort: LivedEffort{Kind: e.Kind, Unit: e.Unit, Currency: e.Currency}, got: map[int64]float64{}}
			groups[k] = g
			order = append(order, k)
		}
		g.effort.Amount = g.effort.Amount.Add(e.Quantity)
		g.effort.Contributions++
		q := float64(e.Quantity)
		g.served += q
		for _, v := range values {
			if v.Strength > 0 {
				g.got[v.ValueID] += q * float64(v.Strength) / float64(weights)
			}
		}
	}
	for _, k := range order {
		g := groups[k]
		ids := map[int64]bool{}
		for id := range statedShare {
			ids[id] = true
		}
		for id := range g.got {
			ids[id] = true
		}
		for id := range ids {
			lived := g.got[id] / g.served
			st := statedShare[id]
			g.effort.Values = append(g.effort.Values, LivedValue{ValueID: id, Stated: st, Lived: lived, Difference: lived - st})
			g.effort.Overlap += min(st, lived)
		}
		g.effort.Overlap = min(g.effort.Overlap, 1)
		slices.SortFunc(g.effort.Values, func(a, b LivedValue) int {
			switch {
			case a.Stated != b.Stated:
				return cmpFloatDesc(a.Stated, b.Stated)
			case a.Lived != b.Lived:
				return cmpFloatDesc(a.Lived, b.Lived)
			}
			return cmpID(a.ValueID, b.ValueID)
		})
		out.Lived = append(out.Lived, g.effort)
	}
	// Kinds and units in the order of totals: by kind, unit, currency.
	slices.SortFunc(out.Lived, func(a, b LivedEffort) int {
		switch {
		case a.Kind != b.Kind:
			return cmpString(string(a.Kind), string(b.Kind))
		case a.Unit != b.Unit:
			return cmpString(a.Unit, b.Unit)
		}
		return cmpString(a.Currency, b.Currency)
	})
	return out
}

func cmpFloatDesc(a, b float64) int {
	if a > b {
		return -1
	}
	if a < b {
		return 1
	}
	return 0
}

func cmpID(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpString(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// confirmedEntries returns the counted, confirmed entries whose column is one of ids.
func (s *Impact) confirmedEntries(ctx context.Context, column string, ids []int64) ([]*domain.Contribution, error) {
	var rows []*domain.Contribution
	err := s.DB.WithContext(ctx).Select("id", "collaboration_id", "person_id", "kind", "unit", "currency", "quantity", "confirmed_by_id").
		Where(column+" IN ? AND confirmed_by_id IS NOT NULL AND "+ledger.CountedEntries, ids).Order("id").Find(&rows).Error
	return rows, domain.DBErr(err, "contributions")
}

// collabWeights returns the weighted values of each collaboration.
func (s *Impact) collabWeights(ctx context.Context, collabIDs []int64) (map[int64][]domain.Strength, error) {
	out := map[int64][]domain.Strength{}
	if len(collabIDs) == 0 {
		return out, nil
	}
	var cvs []*domain.CollaborationValue
	if err := s.DB.WithContext(ctx).Select("collaboration_id", "value_id", "weight").Where("collaboration_id IN ?", collabIDs).
		Order("id").Find(&cvs).Error; err != nil {
		return nil, domain.DBErr(err, "collaboration values")
	}
	for _, cv := range cvs {
		out[cv.CollaborationID] = append(out[cv.CollaborationID], domain.Strength{ValueID: cv.ValueID, Strength: cv.Weight})
	}
	return out, nil
}

// servedByCollab is the values an entry served: its collaboration's, by weight.
func servedByCollab(weights map[int64][]domain.Strength) func(*domain.Contribution) []domain.Strength {
	return func(e *domain.Contribution) []domain.Strength { return weights[e.CollaborationID] }
}

// StatedVsLivedByPerson sets each person's value strengths beside where their confirmed
// effort went, in the collaborations the viewer may see; the statements do not grow with
// the number of people or entries.
func (s *Impact) StatedVsLivedByPerson(ctx context.Context, personIDs []int64) (map[int64]*StatedVsLived, error) {
	db := s.DB.WithContext(ctx)
	var pvs []*domain.PersonValue
	if err := db.Select("person_id", "value_id", "strength").Where("person_id IN ?", personIDs).Order("id").Find(&pvs).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	entries, err := s.confirmedEntries(ctx, "person_id", personIDs)
	if err != nil {
		return nil, err
	}
	entries, err = domain.VisibleByCollab(s.Core, ctx, entries, func(e *domain.Contribution) int64 { return e.CollaborationID })
	if err != nil {
		return nil, err
	}
	collabs := map[int64]bool{}
	byPerson := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		collabs[e.CollaborationID] = true
		byPerson[e.PersonID] = append(byPerson[e.PersonID], e)
	}
	weights, err := s.collabWeights(ctx, domain.Keys(collabs))
	if err != nil {
		return nil, err
	}
	stated := map[int64][]domain.Strength{}
	for _, pv := range pvs {
		stated[pv.PersonID] = append(stated[pv.PersonID], domain.Strength{ValueID: pv.ValueID, Strength: pv.Strength})
	}
	out := make(map[int64]*StatedVsLived, len(personIDs))
	for _, id := range personIDs {
		r := StatedAgainstLived(stated[id], byPerson[id], servedByCollab(weights))
		out[id] = &r
	}
	return out, nil
}

// StatedVsLivedByCollab sets each visible collaboration's value weights beside where the
// confirmed effort given in it went. Until entries are linked to outcomes every entry
// serves the collaboration's own values, so the two sides agree.
func (s *Impact) StatedVsLivedByCollab(ctx context.Context, collabIDs []int64) (map[int64]*StatedVsLived, error) {
	visible, _, err := s.VisibleCollabs(ctx, collabIDs)
	if err != nil {
		return nil, err
	}
	ids := domain.Keys(visible)
	weights, err := s.collabWeights(ctx, ids)
	if err != nil {
		return nil, err
	}
	entries, err := s.confirmedEntries(ctx, "collaboration_id", ids)
	if err != nil {
		return nil, err
	}
	by := map[int64][]*domain.Contribution{}
	for _, e := range entries {
		by[e.CollaborationID] = append(by[e.CollaborationID], e)
	}
	out := make(map[int64]*StatedVsLived, len(ids))
	for _, id := range ids {
		r := StatedAgainstLived(weights[id], by[id], servedByCollab(weights))
		out[id] = &r
	}
	return out, nil
}
