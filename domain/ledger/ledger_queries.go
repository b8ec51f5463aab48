package ledger

import (
	"context"
	"sort"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// CountedEntries restricts a contributions query to entries that count: neither a
// reversal nor reversed.
const CountedEntries = "contributions.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contributions r WHERE r.reverses_id = contributions.id)"

// FulfilmentByCommitment returns each commitment's fulfilment.
func (s *Ledger) FulfilmentByCommitment(ctx context.Context, commitmentIDs []int64) (map[int64]Fulfilment, error) {
	db := s.DB.WithContext(ctx)
	var cms []*domain.Commitment
	if err := db.Where("id IN ?", commitmentIDs).Find(&cms).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	return Fulfilments(ctx, s.DB, cms, s.Now())
}

// DeliveredByCommitment sums each commitment's counted entries, confirmed apart from
// unconfirmed, whenever they occurred.

func DeliveredByCommitment(ctx context.Context, db *gorm.DB, commitmentIDs []int64) (map[int64]Fulfilment, error) {
	var rows []struct {
		CommitmentID                 int64
		ConfirmedHi, ConfirmedLo     int64
		UnconfirmedHi, UnconfirmedLo int64
	}
	err := db.WithContext(ctx).Model(&domain.Contribution{}).
		Select("commitment_id, "+domain.SumParts("CASE WHEN confirmed_by_id IS NOT NULL THEN quantity ELSE 0 END", "confirmed")+", "+
			domain.SumParts("CASE WHEN confirmed_by_id IS NULL THEN quantity ELSE 0 END", "unconfirmed")).
		Where("commitment_id IN ? AND "+CountedEntries, commitmentIDs).Group("commitment_id").Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	out := make(map[int64]Fulfilment, len(rows))
	for _, r := range rows {
		out[r.CommitmentID] = Fulfilment{Confirmed: domain.SumFromParts(r.ConfirmedHi, r.ConfirmedLo), Unconfirmed: domain.SumFromParts(r.UnconfirmedHi, r.UnconfirmedLo)}
	}
	return out, nil
}

// MemberRecord is a member's standing as a giver: reciprocity (nil when they have no
// binding commitment) and whether a binding commitment is overdue.
type MemberRecord struct {
	Reciprocity *float64
	Behind      bool
	// BindingCommitments counts the commitments behind the figure.
	BindingCommitments int
}

// recordOf computes a record from binding commitments and their fulfilment.
func recordOf(binding []*domain.Commitment, ful map[int64]Fulfilment, now time.Time) MemberRecord {
	var fs []Fulfilment
	rec := MemberRecord{BindingCommitments: len(binding)}
	for _, c := range binding {
		f := ful[c.ID]
		fs = append(fs, f)
		rec.Behind = rec.Behind || Behind(c, f, now)
	}
	if r, ok := Reciprocity(fs); ok {
		rec.Reciprocity = &r
	}
	return rec
}

// RecordByMembership returns each membership's giver record.
func (s *Ledger) RecordByMembership(ctx context.Context, membershipIDs []int64) (map[int64]MemberRecord, error) {
	var binding []*domain.Commitment
	if err := s.DB.WithContext(ctx).Where("membership_id IN ? AND status = ?", membershipIDs, domain.CommitmentBinding).Find(&binding).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	ful, err := Fulfilments(ctx, s.DB, binding, s.Now())
	if err != nil {
		return nil, err
	}
	byMember := map[int64][]*domain.Commitment{}
	for _, c := range binding {
		byMember[c.MembershipID] = append(byMember[c.MembershipID], c)
	}
	out := make(map[int64]MemberRecord, len(membershipIDs))
	for _, id := range membershipIDs {
		out[id] = recordOf(byMember[id], ful, s.Now())
	}
	return out, nil
}

// Total is what was contributed of one kind, unit and currency: all counted entries and
// the confirmed ones, with how many people gave and the largest single share.
type Total struct {
	Kind         domain.ResourceKind
	Unit         string
	Currency     string
	All          domain.Sum
	Confirmed    domain.Sum
	Contributors int
	// LargestShare is the largest contributor's part of All (one person doing everything
	// is not collaboration).
	LargestShare float64
}

// Totals sums counted entries per kind, unit and currency; never across them.
func Totals(entries []*domain.Contribution) []Total {
	type key struct {
		kind           domain.ResourceKind
		unit, currency string
	}
	sums := map[key]*Total{}
	byPerson := map[key]map[int64]domain.Sum{}
	for _, e := range entries {
		k := key{e.Kind, e.Unit, e.Currency}
		t := sums[k]
		if t == nil {
			t = &Total{Kind: e.Kind, Unit: e.Unit, Currency: e.Currency}
			sums[k], byPerson[k] = t, map[int64]domain.Sum{}
		}
		t.All = t.All.Add(e.Quantity)
		if e.ConfirmedByID != nil {
			t.Confirmed = t.Confirmed.Add(e.Quantity)
		}
		byPerson[k][e.PersonID] = byPerson[k][e.PersonID].Add(e.Quantity)
	}
	out := make([]Total, 0, len(sums))
	for k, t := range sums {
		var largest domain.Sum
		for _, q := range byPerson[k] {
			if q.Sign() > 0 {
				t.Contributors++
			}
			if q.Cmp(largest) > 0 {
				largest = q
			}
		}
		if t.All.Sign() > 0 {
			t.LargestShare = largest.Float64() / t.All.Float64()
		}
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Unit+out[i].Currency < out[j].Unit+out[j].Currency
	})
	return out
}

func (s *Ledger) countedEntries(ctx context.Context, column string, ids []int64) ([]*domain.Contribution, error) {
	var rows []*domain.Contribution
	err := s.DB.WithContext(ctx).Select("id", "collaboration_id", "person_id", "kind", "unit", "currency", "quantity", "confirmed_by_id").
		Where(column+" IN ? AND "+CountedEntries, ids).Find(&rows).Error
	return rows, domain.DBErr(err, "contributions")
}

// TotalsByCollab returns each collaboration's totals per kind and unit.
func (s *Ledger) TotalsByCollab(ctx context.Context, collabIDs []int64) (map[int64][]Total, error) {
	rows, err := s.countedEntries(ctx, "collaboration_id", collabIDs)
	if err != nil {
		return nil, err
	}
	by := map[int64][]*domain.Contribution{}
	for _, r := range rows {
		by[r.CollaborationID] = append(by[r.CollaborationID], r)
	}
	out := make(map[int64][]Total, len(by))
	for id, es := range by {
		out[id] = Totals(es)
	}
	return out, nil
}

// LedgerFilter selects entries of a collaboration's ledger.
type LedgerFilter struct {
	PersonID *int64
	Kind     *domain.ResourceKind
	// Awaiting keeps the entries that wait for confirmation only.
	Awaiting bool
	First    *int
	After    string
}

// ContributionPage is a page of ledger entries, newest first.
type ContributionPage struct {
	Contributions []*domain.Contribution
	Cursors       []string
	HasNextPage   bool
	HasPrevious   bool
	TotalCount    int
}

// FindLedger returns a collaboration's ledger, newest entry first.
func (s *Ledger) FindLedger(ctx context.Context, collabID int64, f LedgerFilter) (*ContributionPage, error) {
	if _, err := domain.PageSize(f.First); err != nil {
		return nil, err
	}
	visible, _, err := s.VisibleCollabs(ctx, []int64{collabID})
	if err != nil {
		return nil, err
	}
	if !visible[collabID] {
		return nil, domain.Errorf(domain.CodeNotFound, "This collaboration was not found.")
	}
	q := s.DB.WithContext(ctx).Model(&domain.Contribution{}).Where("collaboration_id = ?", collabID)
	if f.PersonID != nil {
		q = q.Where("person_id = ?", *f.PersonID)
	}
	if f.Kind != nil {
		q = q.Where("kind = ?", *f.Kind)
	}
	if f.Awaiting {
		q = q.Where("confirmed_by_id IS NULL AND " + CountedEntries)
	}
	p, err := domain.NewestFirst(q, domain.PageArgs{First: f.First, After: f.After}, func(c *domain.Contribution) int64 { return c.ID }, "contributions")
	if err != nil {
		return nil, err
	}
	return &ContributionPage{Contributions: p.Items, Cursors: p.Cursors, HasNextPage: p.HasNextPage,
		HasPrevious: p.HasPrevious, TotalCount: p.TotalCount}, nil
}

// ReversalsOf returns the entry that reverses each entry, if any.
func (s *Ledger) ReversalsOf(ctx context.Context, ids []int64) (map[int64]*domain.Contribution, error) {
	var rows []*domain.Contribution
	if err := s.DB.WithContext(ctx).Where("reverses_id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	out := make(map[int64]*domain.Contribution, len(rows))
	for _, r := range rows {
		out[*r.ReversesID] = r
	}
	return out, nil
}

// FindContributionsByIDs returns entries whose collaboration the viewer may see.
func (s *Ledger) FindContributionsByIDs(ctx context.Context, ids []int64) ([]*domain.Contribution, error) {
	var rows []*domain.Contribution
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	return domain.VisibleByCollab(s.Core, ctx, rows, func(c *domain.Contribution) int64 { return c.CollaborationID })
}

// GiverRecord is a person's record as a giver across the collaborations the viewer may see.
type GiverRecord struct {
	MemberRecord
	// Given is what they contributed, confirmed or not, per kind and unit.
	Given []Total
	// Memberships are their memberships with commitments, newest first.
	Memberships []*domain.Membership
}

// GiverRecordsByPerson returns each person's giver record.
func (s *Ledger) GiverRecordsByPerson(ctx context.Context, personIDs []int64) (map[int64]*GiverRecord, error) {
	memberships, err := s.collab.MembershipsByPerson(ctx, personIDs)
	if err != nil {
		return nil, err
	}
	var mids, collabIDs []int64
	for _, ms := range memberships {
		for _, m := range ms {
			mids, collabIDs = append(mids, m.ID), append(collabIDs, m.CollaborationID)
		}
	}
	var binding []*domain.Commitment
	if err := s.DB.WithContext(ctx).Where("membership_id IN ? AND status = ?", mids, domain.CommitmentBinding).Find(&binding).Error; err != nil {
		return nil, domain.DBErr(err, "commitments")
	}
	ful, err := Fulfilments(ctx, s.DB, binding, s.Now())
	if err != nil {
		return nil, err
	}
	var entries []*domain.Contribution
	err = s.DB.WithContext(ctx).Select("id", "collaboration_id", "person_id", "kind", "unit", "currency", "quantity", "confirmed_by_id").
		Where("person_id IN ? AND collaboration_id IN ? AND "+CountedEntries, personIDs, collabIDs).Find(&entries).Error
	if err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	bindingBy, entriesBy := map[int64][]*domain.Commitment{}, map[int64][]*domain.Contribution{}
	for _, c := range binding {
		bindingBy[c.PersonID] = append(bindingBy[c.PersonID], c)
	}
	for _, e := range entries {
		entriesBy[e.PersonID] = append(entriesBy[e.PersonID], e)
	}
	out := make(map[int64]*GiverRecord, len(personIDs))
	for _, id := range personIDs {
		out[id] = &GiverRecord{MemberRecord: recordOf(bindingBy[id], ful, s.Now()), Given: Totals(entriesBy[id]), Memberships: memberships[id]}
	}
	return out, nil
}
