package impact

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/ledger"
)

// RollUp is impact summed over many collaborations: those working in a value's name, or
// the whole network. Only collaborations the viewer may see are counted, so a private
// collaboration's impact never reaches outsiders. The sums run in the database; they
// follow the same rules as a collaboration's (counted entries only, never adding across
// kinds, units or currencies, months in UTC).
type RollUp struct {
	// Collaborations is how many visible collaborations the figures cover.
	Collaborations int
	// Contributors is how many people gave anything.
	Contributors   int
	Totals         []ledger.Total
	Monthly        []Point
	OutcomeSummary OutcomeSummary
}

// visibleCollabCond returns a condition on the collaboration ID column col that keeps the
// collaborations the viewer may see, as CanSeeCollaboration decides.
func visibleCollabCond(ctx context.Context, col string) (string, []any) {
	v := domain.ViewerFrom(ctx)
	switch {
	case v == nil:
		return col + " IN (SELECT id FROM collaborations WHERE visibility = ?)", []any{domain.VisibilityPublic}
	case v.Role == domain.RoleAdmin:
		return "1 = 1", nil
	}
	return "(" + col + " IN (SELECT id FROM collaborations WHERE visibility IN ?) OR " + col +
			" IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status IN ?))",
		[]any{[]domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers}, v.ID, []domain.MembershipStatus{domain.MembershipActive, domain.MembershipInvited, domain.MembershipRequested}}
}

// monthExpr is the SQL of an entry's UTC month as YYYY-MM.
func monthExpr(db *gorm.DB) string {
	if db.Name() == "postgres" {
		return "to_char(contributions.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM')"
	}
	return "strftime('%Y-%m', contributions.occurred_at)"
}

// scope is a set of counted entries, each with a group key k: the FROM and WHERE of a
// query over contributions.
type scope struct {
	key   string // SQL of the group key
	from  string // contributions and any joins
	where string
	args  []any
}

// totalRow and pointRow hold sums in two parts each (see sumParts).
type totalRow struct {
	K                        int64
	Kind                     domain.ResourceKind
	Unit                     string
	Currency                 string
	AllQHi, AllQLo           int64
	ConfirmedHi, ConfirmedLo int64
	Contributors             int
	// Largest is the largest contributor's part, and Approx the whole it is a part of,
	// both as floats: they only make a share.
	Largest, Approx float64
}

type pointRow struct {
	K                        int64
	Bucket                   string
	Kind                     domain.ResourceKind
	Unit                     string
	Currency                 string
	AllQHi, AllQLo           int64
	ConfirmedHi, ConfirmedLo int64
	Contributors             int
}

// rollUp sums the entries of sc per group key into totals, contributors and the monthly
// series, in three statements whatever the number of keys.
func (s *Impact) rollUp(ctx context.Context, sc scope) (map[int64]*RollUp, error) {
	db := s.DB.WithContext(ctx)
	where := sc.where + " AND " + ledger.CountedEntries
	confirmed := "CASE WHEN contributions.confirmed_by_id IS NOT NULL THEN contributions.quantity ELSE 0 END"
	var trows []totalRow
	q := fmt.Sprintf(`SELECT k, kind, unit, currency, SUM(a_hi) AS all_q_hi, SUM(a_lo) AS all_q_lo, SUM(cf_hi) AS confirmed_hi,
			SUM(cf_lo) AS confirmed_lo, COUNT(*) AS contributors, MAX(af) AS largest, SUM(af) AS approx
		FROM (SELECT %s AS k, contributions.person_id, contributions.kind, contributions.unit, contributions.currency,
			%s, %s, SUM(CAST(contributions.quantity AS DOUBLE PRECISION)) AS af FROM %s WHERE %s
			GROUP BY %s, contributions.person_id, contributions.kind, contributions.unit, contributions.currency) per_person
		GROUP BY k, kind, unit, currency`, sc.key, domain.SumParts("contributions.quantity", "a"), domain.SumParts(confirmed, "cf"), sc.from, where, sc.key)
	if err := db.Raw(q, sc.args...).Scan(&trows).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	var crows []struct {
		K int64
		N int
	}
	q = fmt.Sprintf(`SELECT %s AS k, COUNT(DISTINCT contributions.person_id) AS n FROM %s WHERE %s GROUP BY %s`, sc.key, sc.from, where, sc.key)
	if err := db.Raw(q, sc.args...).Scan(&crows).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	var prows []pointRow
	month := monthExpr(db)
	q = fmt.Sprintf(`SELECT %s AS k, %s AS bucket, contributions.kind, contributions.unit, contributions.currency,
		%s, %s, COUNT(DISTINCT contributions.person_id) AS contributors
		FROM %s WHERE %s GROUP BY %s, %s, contributions.kind, contributions.unit, contributions.currency`,
		sc.key, month, domain.SumParts("contributions.quantity", "all_q"), domain.SumParts(confirmed, "confirmed"), sc.from, where, sc.key, month)
	if err := db.Raw(q, sc.args...).Scan(&prows).Error; err != nil {
		return nil, domain.DBErr(err, "contributions")
	}
	out := map[int64]*RollUp{}
	get := func(k int64) *RollUp {
		if out[k] == nil {
			out[k] = &RollUp{Totals: []ledger.Total{}, Monthly: []Point{}}
		}
		return out[k]
	}
	for _, r := range trows {
		t := ledger.Total{Kind: r.Kind, Unit: r.Unit, Currency: r.Currency, All: domain.SumFromParts(r.AllQHi, r.AllQLo),
			Confirmed: domain.SumFromParts(r.ConfirmedHi, r.ConfirmedLo), Contributors: r.Contributors}
		if r.Approx > 0 {
			t.LargestShare = r.Largest / r.Approx
		}
		ru := get(r.K)
		ru.Totals = append(ru.Totals, t)
	}
	for _, r := range crows {
		get(r.K).Contributors = r.N
	}
	for _, r := range prows {
		m, err := time.Parse("2006-01", r.Bucket)
		if err != nil {
			return nil, fmt.Errorf("month %q: %w", r.Bucket, err)
		}
		ru := get(r.K)
		ru.Monthly = append(ru.Monthly, Point{Month: m, Kind: r.Kind, Unit: r.Unit, Currency: r.Currency,
			All: domain.SumFromParts(r.AllQHi, r.AllQLo), Confirmed: domain.SumFromParts(r.ConfirmedHi, r.ConfirmedLo), Contributors: r.Contributors})
	}
	for _, ru := range out {
		sortTotals(ru.Totals)
		sortPoints(ru.Monthly)
	}
	return out, nil
}

// outcomeSummaries counts the outcomes of each group key: rows pairs each outcome with its
// key; latest holds their latest measurements.
func (s *Impact) outcomeSummaries(rows []keyedOutcome, latest map[int64]*domain.Measurement) map[int64]OutcomeSummary {
	now := s.Now()
	byKey := map[int64][]*domain.Outcome{}
	status := map[int64]OutcomeStatus{}
	for _, r := range rows {
		o := r.Outcome
		byKey[r.K] = append(byKey[r.K], &o)
		status[o.ID] = StatusOf(&o, latest[o.ID], now)
	}
	out := map[int64]OutcomeSummary{}
	for k, os := range byKey {
		out[k] = Summarize(os, status)
	}
	return out
}

type keyedOutcome struct {
	domain.Outcome `gorm:"embedded"`
	K              int64
}

// valuePairs are the (collaboration, value) pairs of collaborations working in a value's
// name: they serve it, or one of their outcomes does.
const valuePairs = "(SELECT collaboration_id, value_id FROM collaboration_values UNION SELECT collaboration_id, value_id FROM outcome_values)"

// ImpactByValue returns the impact made in each value's name: in the collaborations the
// viewer may see that serve the value or have an outcome serving it.
func (s *Impact) ImpactByValue(ctx context.Context, valueIDs []int64) (map[int64]*RollUp, error) {
	db := s.DB.WithContext(ctx)
	vis, vargs := visibleCollabCond(ctx, "vc.collaboration_id")
	out, err := s.rollUp(ctx, scope{
		key:   "vc.value_id",
		from:  "contributions JOIN " + valuePairs + " vc ON vc.collaboration_id = contributions.collaboration_id",
		where: "vc.value_id IN ? AND " + vis,
		args:  append([]any{valueIDs}, vargs...),
	})
	if err != nil {
		return nil, err
	}
	var counts []struct {
		ValueID int64
		N       int
	}
	err = db.Raw("SELECT vc.value_id, COUNT(DISTINCT vc.collaboration_id) AS n FROM "+valuePairs+" vc WHERE vc.value_id IN ? AND "+vis+" GROUP BY vc.value_id",
		append([]any{valueIDs}, vargs...)...).Scan(&counts).Error
	if err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	ovis, oargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	var rows []keyedOutcome
	err = db.Model(&domain.Outcome{}).Select("outcomes.*, ov.value_id AS k").Joins("JOIN outcome_values ov ON ov.outcome_id = outcomes.id").
		Where("ov.value_id IN ? AND "+ovis, append([]any{valueIDs}, oargs...)...).Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	mvis, margs := visibleCollabCond(ctx, "m.collaboration_id")
	latest, err := s.latestWhere(ctx, "m.outcome_id IN (SELECT outcome_id FROM outcome_values WHERE value_id IN ?) AND "+mvis,
		append([]any{valueIDs}, margs...)...)
	if err != nil {
		return nil, err
	}
	summaries := s.outcomeSummaries(rows, latest)
	res := make(map[int64]*RollUp, len(valueIDs))
	for _, id := range valueIDs {
		ru := out[id]
		if ru == nil {
			ru = &RollUp{Totals: []ledger.Total{}, Monthly: []Point{}}
		}
		ru.OutcomeSummary = summaries[id]
		res[id] = ru
	}
	for _, c := range counts {
		if ru := res[c.ValueID]; ru != nil {
			ru.Collaborations = c.N
		}
	}
	return res, nil
}

// ImpactOverview returns the whole network's impact as the viewer may see it: every
// visible collaboration's contributions and outcomes.
func (s *Impact) ImpactOverview(ctx context.Context) (*RollUp, error) {
	db := s.DB.WithContext(ctx)
	vis, vargs := visibleCollabCond(ctx, "contributions.collaboration_id")
	out, err := s.rollUp(ctx, scope{key: "CAST(0 AS BIGINT)", from: "contributions", where: vis, args: vargs})
	if err != nil {
		return nil, err
	}
	ru := out[0]
	if ru == nil {
		ru = &RollUp{Totals: []ledger.Total{}, Monthly: []Point{}}
	}
	cvis, cargs := visibleCollabCond(ctx, "collaborations.id")
	var n int64
	if err := db.Model(&domain.Collaboration{}).Where(cvis, cargs...).Count(&n).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	ru.Collaborations = int(n)
	ovis, oargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	var rows []keyedOutcome
	if err := db.Model(&domain.Outcome{}).Select("outcomes.*, 0 AS k").Where(ovis, oargs...).Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	mvis, margs := visibleCollabCond(ctx, "m.collaboration_id")
	latest, err := s.latestWhere(ctx, mvis, margs...)
	if err != nil {
		return nil, err
	}
	ru.OutcomeSummary = s.outcomeSummaries(rows, latest)[0]
	return ru, nil
}

// OutcomePage is a page of outcomes, newest first.
type OutcomePage struct {
	Outcomes    []*domain.Outcome
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// FindOutcomesServing lists the outcomes serving a value in collaborations the viewer
// may see, newest first.
func (s *Impact) FindOutcomesServing(ctx context.Context, valueID int64, first *int, after string) (*OutcomePage, error) {
	n, err := domain.PageSize(first)
	if err != nil {
		return nil, err
	}
	vis, vargs := visibleCollabCond(ctx, "outcomes.collaboration_id")
	q := s.DB.WithContext(ctx).Model(&domain.Outcome{}).
		Where("outcomes.id IN (SELECT outcome_id FROM outcome_values WHERE value_id = ?) AND "+vis, append([]any{valueID}, vargs...)...)
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	page := &OutcomePage{TotalCount: int(total)}
	if after != "" {
		c, err := domain.DecodeCursor(after)
		if err != nil {
			return nil, err
		}
		q = q.Where("outcomes.id < ?", c.ID)
		page.HasPrevious = true
	}
	var rows []*domain.Outcome
	if err := q.Order("outcomes.id DESC").Limit(n + 1).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "outcomes")
	}
	if len(rows) > n {
		rows, page.HasNextPage = rows[:n], true
	}
	page.Outcomes = rows
	for _, o := range rows {
		page.Cursors = append(page.Cursors, domain.EncodeCursor("", o.ID))
	}
	return page, nil
}
