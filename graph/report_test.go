package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
)

// reportQuery is what the printable report asks for (frontend GetCollaborationReport).
const reportQuery = `query($s: String!) {
	collaboration(slug: $s) { id slug title goal location remote status createdAt
		values { weight value { slug name } }
		impact { outcomeSummary { total measured onTrack reached }
			outcomes { id name unit baseline target direction dueAt createdAt onTrack elapsedShare
				progress { raw clamped } latest { id value measuredAt } values { slug name }
				costs { result noFigure resources { kind unit currency amount perResult shareOfEffort } }
				measurements(first: 100) { totalCount edges { node { id value measuredAt current } } } }
			totals { all { kind amount unit currency } confirmed { kind amount unit currency } contributors largestShare }
			monthly { month kind unit currency amount confirmed contributors }
			reportContributors { label person { handle } given { all { kind amount unit currency } confirmed { kind amount unit currency } } } } }
}`

// TestReportQueryStatements checks that the printable report costs no more statements for
// 50 members (25 outcomes) than for 5 members (2 outcomes).
func TestReportQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		count := func(n int) int64 {
			steward, slug, _ := seedImpact(t, db, svc, n)
			counter, stop := countStatements(t, db.DB)
			defer stop()
			resp, err := client.New(asViewer(h, steward)).RawPost(reportQuery, client.Var("s", slug))
			if err != nil || len(resp.Errors) > 0 {
				t.Fatalf("query: %v %s", err, resp.Errors)
			}
			data, _ := json.Marshal(resp.Data)
			if got := strings.Count(string(data), `"label":"Member `); got != n {
				t.Fatalf("got %d anonymous contributors, want %d: %s", got, n, data[:min(len(data), 2000)])
			}
			return counter.Load()
		}
		few, many := count(5), count(50)
		t.Logf("%d statements for 5 members and 2 outcomes, %d for 50 members and 25 outcomes", few, many)
		if many > few {
			t.Errorf("got %d statements for 50 members and %d for 5, want no more", many, few)
		}
	})
}

// TestReportContributors checks how the report names contributors: by name only when they
// chose to be named in reports, otherwise "Member N", numbered in the order they joined.
func TestReportContributors(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		_, slug, _ := seedImpact(t, db, svc, 3)
		db.Model(&domain.Person{}).Where("handle = ?", "m3-01").Update("named_in_reports", true)
		outsider := &domain.Person{Handle: "outsider", DisplayName: "Outsider", Email: "outsider@example.org", PasswordHash: "x", Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember}
		if err := db.Create(outsider).Error; err != nil {
			t.Fatal(err)
		}
		var out struct {
			Collaboration struct {
				Impact struct {
					ReportContributors []struct {
						Label  string
						Person *struct{ Handle string }
						Given  []struct{ All struct{ Kind, Amount string } }
					}
				}
			}
		}
		client.New(asViewer(h, outsider)).MustPost(`query($s: String!) { collaboration(slug: $s) { impact {
			reportContributors { label person { handle } given { all { kind amount } } } } } }`, &out, client.Var("s", slug))
		var got []string
		for _, c := range out.Collaboration.Impact.ReportContributors {
			s := c.Label
			if c.Person != nil {
				s += "@" + c.Person.Handle
			}
			if len(c.Given) != 1 || c.Given[0].All.Kind != "TIME" {
				t.Errorf("%s gave %+v, want their time", c.Label, c.Given)
			}
			got = append(got, s)
		}
		if want := "Member 1,m3-01@m3-01,Member 2"; strings.Join(got, ",") != want {
			t.Errorf("got %s, want %s", strings.Join(got, ","), want)
		}
	})
}
