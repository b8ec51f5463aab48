package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/kindred"
	"kindred/graph/relay"
)

// seedImpact makes a collaboration with n members who each logged time (confirmed by the
// steward) and max(2, n/2) outcomes, each revised once, with a member's measurement that
// the steward corrected and attested and a steward's measurement the member attested.
// It returns the steward, the collaboration's slug and the first value's slug.
func seedImpact(t *testing.T, db *database.DB, svc *kindred.Services, n int) (*domain.Person, string, string) {
	t.Helper()
	steward, slug := seedLedger(t, db, svc, n)
	var c domain.Collaboration
	db.Where("slug = ?", slug).First(&c)
	var members []*domain.Person
	db.Joins("JOIN memberships ON memberships.person_id = people.id").
		Where("memberships.collaboration_id = ? AND people.id <> ?", c.ID, steward.ID).Order("people.id").Find(&members)
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := range max(2, n/2) {
		due := svc.Clock().Now().AddDate(0, 6, 0)
		o, err := svc.DefineOutcome(as(steward), c.ID, impact.OutcomeInput{Name: fmt.Sprintf("Outcome %d", i), Unit: "meals", Baseline: 0, Target: 100, DueAt: &due})
		must(err)
		target := 120.0
		_, err = svc.ReviseOutcome(as(steward), o.ID, impact.OutcomeRevisionInput{Target: &target, Reason: "bigger"})
		must(err)
		member := members[i%len(members)]
		at := svc.Clock().Now().AddDate(0, 0, -6)
		m, err := svc.RecordMeasurement(as(member), o.ID, impact.MeasurementInput{Value: 30, MeasuredAt: &at, EvidenceURL: "https://example.org/a"})
		must(err)
		_, err = svc.RecordMeasurement(as(steward), o.ID, impact.MeasurementInput{Value: 36, EvidenceNote: "recount", SupersedesID: &m.ID})
		must(err)
		s, err := svc.RecordMeasurement(as(steward), o.ID, impact.MeasurementInput{Value: 60, EvidenceNote: "latest"})
		must(err)
		_, err = svc.AttestMeasurement(as(member), s.ID)
		must(err)
	}
	var v domain.Value
	db.First(&v)
	return steward, slug, v.Slug
}

const impactQuery = `query($s: String!, $v: String!) {
	collaboration(slug: $s) {
		outcomes { id name unit baseline target direction dueAt createdAt updatedAt elapsedShare onTrack
			progress { raw clamped } createdBy { handle } collaboration { slug } values { slug }
			latest { id value measuredAt }
			history { name target reason createdAt revisedBy { handle } values { slug } }
			measurements(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
				id value measuredAt evidenceUrl evidenceNote createdAt current viewerCanAttest
				outcome { id } recordedBy { handle } supersedes { id } supersededBy { id }
				attestations { createdAt person { handle } } } } }
			current: measurements(current: true) { totalCount } }
		impact { outcomeSummary { total measured onTrack reached } outcomes { id progress { raw } }
			totals { all { amount unit } confirmed { amount } contributors largestShare }
			monthly { month kind unit currency amount confirmed contributors }
			byMember { given { all { amount } } person { handle
				impact { given { all { amount } } monthly { month amount }
					collaborations { collaboration { slug } given { all { amount } } outcomes { id onTrack } } } } } }
	}
	value(slug: $v) { impact { collaborations contributors outcomeSummary { total measured onTrack reached }
		totals { all { amount } } monthly { month amount }
		outcomes(first: 100) { totalCount edges { node { id progress { clamped } latest { value } } } } } }
	impactOverview { collaborations contributors outcomeSummary { total measured } totals { all { amount } contributors } monthly { month amount contributors } }
}`

// TestImpactQueryStatements checks that outcomes, measurements and impact cost no more
// statements for 50 members (25 outcomes) than for 5 members (2 outcomes).
func TestImpactQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		// This query is many levels deep and wide: a longer quiet time keeps a busy
		// machine from splitting its batches.
		h, svc := newHandler(t, db)
		count := func(n int) int64 {
			steward, slug, value := seedImpact(t, db, svc, n)
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, steward)).RawPost(impactQuery, client.Var("s", slug), client.Var("v", value))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			outcomes := max(2, n/2)
			// Each outcome: progress 0.5 (60 of 120), three measurements, two current.
			if got := strings.Count(string(data), `"progress":{"clamped":0.5,"raw":0.5}`); got != outcomes {
				t.Fatalf("got %d outcomes at progress 0.5, want %d: %s", got, outcomes, data[:min(len(data), 2000)])
			}
			if got := strings.Count(string(data), `"current":{"totalCount":2}`); got != outcomes {
				t.Fatalf("got %d outcomes with 2 current measurements, want %d", got, outcomes)
			}
			return counter.Load()
		}
		few, many := count(5), count(50)
		t.Logf("%d statements for 5 members and 2 outcomes, %d for 50 members and 25 outcomes", few, many)
		// The later query may need fewer (approved values are cached), never more.
		if many > few {
			t.Errorf("got %d statements for 50 members and %d for 5, want no more", many, few)
		}
	})
}

// TestImpactBadInput sends bad input to the outcome and measurement mutations through
// GraphQL and checks each code and that nothing was stored.
func TestImpactBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		steward, slug, _ := seedImpact(t, db, svc, 2)
		var c domain.Collaboration
		db.Where("slug = ?", slug).First(&c)
		var member domain.Person
		db.Where("handle = ?", "m2-00").First(&member)
		var o domain.Outcome
		db.Where("collaboration_id = ?", c.ID).First(&o)
		var mine domain.Measurement
		db.Where("recorded_by_id = ?", member.ID).First(&mine)
		// Another collaboration with its own outcome and measurement.
		other, otherSlug, _ := seedImpact(t, db, svc, 3)
		var oc domain.Collaboration
		db.Where("slug = ?", otherSlug).First(&oc)
		var otherO domain.Outcome
		db.Where("collaboration_id = ?", oc.ID).First(&otherO)
		var otherM domain.Measurement
		db.Where("outcome_id = ?", otherO.ID).First(&otherM)
		_ = other
		cid, oid := relay.ID(relay.TypeCollab, c.ID), relay.ID(relay.TypeOutcome, o.ID)
		define := func(fields string) string {
			return `mutation { defineOutcome(input: {collaborationId: "` + cid + `", ` + fields + `}) { outcome { id } } }`
		}
		record := func(outcome, fields string) string {
			return `mutation { recordMeasurement(input: {outcomeId: "` + outcome + `", ` + fields + `}) { measurement { id } } }`
		}
		future := svc.Clock().Now().Add(12 * time.Hour).Format(time.RFC3339)
		long := strings.Repeat("x", 1001)
		tests := []struct {
			name, code, doc string
			as              *domain.Person
		}{
			{"target_equals_baseline", "BAD_USER_INPUT", define(`name: "Trees", unit: "trees", baseline: 5, target: 5`), steward},
			{"direction_against_target", "BAD_USER_INPUT", define(`name: "Trees", unit: "trees", baseline: 5, target: 9, direction: DECREASE`), steward},
			{"due_in_the_past", "BAD_USER_INPUT", define(`name: "Trees", unit: "trees", baseline: 5, target: 9, dueAt: "2020-01-01T00:00:00Z"`), steward},
			{"long_name", "BAD_USER_INPUT", define(`name: "` + long[:121] + `", unit: "trees", baseline: 5, target: 9`), steward},
			{"wrong_value_id", "BAD_USER_INPUT", define(`name: "Trees", unit: "trees", baseline: 5, target: 9, valueIds: ["` + cid + `"]`), steward},
			{"wrong_collaboration_id", "BAD_USER_INPUT", `mutation { defineOutcome(input: {collaborationId: "` + oid + `", name: "Trees", unit: "t", baseline: 1, target: 2}) { outcome { id } } }`, steward},
			{"revise_target_to_baseline", "BAD_USER_INPUT", `mutation { reviseOutcome(input: {outcomeId: "` + oid + `", target: 0}) { outcome { id } } }`, steward},
			{"revise_no_values", "BAD_USER_INPUT", `mutation { reviseOutcome(input: {outcomeId: "` + oid + `", valueIds: []}) { outcome { id } } }`, steward},
			{"evidence_not_http", "BAD_USER_INPUT", record(oid, `value: 1, evidenceUrl: "mailto:a@example.org"`), &member},
			{"no_evidence", "BAD_USER_INPUT", record(oid, `value: 1`), &member},
			{"long_note", "BAD_USER_INPUT", record(oid, `value: 1, evidenceNote: "`+long+`"`), &member},
			{"measured_in_the_future", "BAD_USER_INPUT", record(oid, `value: 1, evidenceNote: "n", measuredAt: "`+future+`"`), &member},
			{"another_collaborations_outcome", "FORBIDDEN", record(relay.ID(relay.TypeOutcome, otherO.ID), `value: 1, evidenceNote: "n"`), &member},
			{"correcting_another_collaborations_measurement", "NOT_FOUND", record(oid, `value: 1, evidenceNote: "n", supersedesId: "`+relay.ID(relay.TypeMeasurement, otherM.ID)+`"`), steward},
			{"supersedes_wrong_id_type", "BAD_USER_INPUT", record(oid, `value: 1, evidenceNote: "n", supersedesId: "`+oid+`"`), steward},
			{"self_attestation", "FORBIDDEN", `mutation { attestMeasurement(input: {measurementId: "` + relay.ID(relay.TypeMeasurement, mine.ID) + `"}) { measurement { id } } }`, &member},
			{"attest_unknown", "NOT_FOUND", `mutation { attestMeasurement(input: {measurementId: "TWVhc3VyZW1lbnQ6OTk5OTk"}) { measurement { id } } }`, steward},
		}
		models := []any{&domain.Outcome{}, &domain.OutcomeRevision{}, &domain.OutcomeValue{}, &domain.Measurement{}, &domain.Attestation{}, &domain.Activity{}}
		counts := func() string {
			var out []string
			for _, m := range models {
				var n int64
				db.Model(m).Count(&n)
				out = append(out, fmt.Sprint(n))
			}
			return strings.Join(out, ",")
		}
		before := counts()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if got := outcome(t, h, tt.as, tt.doc, nil); got != tt.code {
					t.Errorf("got %s, want %s", got, tt.code)
				}
			})
		}
		if after := counts(); after != before {
			t.Errorf("got rows %s after refused changes, want %s", after, before)
		}
	})
}
