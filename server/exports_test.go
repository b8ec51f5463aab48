package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/graph/relay"
)

// exportCSV downloads path as c and parses it, rows by column name.
func exportCSV(t *testing.T, c *client, path string) []map[string]string {
	t.Helper()
	resp, body := c.download(path)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: got %d %s", path, resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("GET %s: Content-Type %q, want text/csv", path, ct)
	}
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("GET %s: parse CSV: %v", path, err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], rollCSVHeader) {
		t.Fatalf("GET %s: header %v, want %v", path, recs, rollCSVHeader)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		row := map[string]string{}
		for i, col := range recs[0] {
			row[col] = r[i]
		}
		out = append(out, row)
	}
	return out
}

// storedRow finds the stored row a CSV row names by record and id, failing if there is none.
func storedRow(t *testing.T, srv *testServer, row map[string]string) (any, int64) {
	t.Helper()
	typ, id, ok := relay.Parse(row["id"])
	models := map[string]struct {
		typ string
		new func() any
	}{
		"contribution":  {relay.TypeContrib, func() any { return &domain.Contribution{} }},
		"commitment":    {relay.TypeCommitment, func() any { return &domain.Commitment{} }},
		"outcome":       {relay.TypeOutcome, func() any { return &domain.Outcome{} }},
		"collaboration": {relay.TypeCollab, func() any { return &domain.Collaboration{} }},
		"value":         {relay.TypeValue, func() any { return &domain.Value{} }},
	}
	m, known := models[row["record"]]
	if !ok || !known || typ != m.typ {
		t.Fatalf("row %v: record %q with id %q names no stored row", row, row["record"], row["id"])
	}
	dest := m.new()
	if err := srv.db.First(dest, id).Error; err != nil {
		t.Fatalf("row %v: stored %s %d: %v", row, row["record"], id, err)
	}
	return dest, id
}

// collabOf returns the stored collaboration a CSV row belongs to (by collaboration_id).
func collabOf(t *testing.T, srv *testServer, row map[string]string) *domain.Collaboration {
	t.Helper()
	_, id, ok := relay.Parse(row["collaboration_id"])
	if !ok {
		t.Fatalf("row %v: no collaboration_id", row)
	}
	var c domain.Collaboration
	if err := srv.db.First(&c, id).Error; err != nil {
		t.Fatalf("row %v: collaboration %d: %v", row, id, err)
	}
	return &c
}

// TestExports downloads the person, value and community exports through the real server
// and reads each row back against the stored rows: every row names its stored row, nothing
// of a private collaboration reaches anyone but its members, and people's text cannot run
// as a spreadsheet formula.
func TestExports(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			amara, bo, dee, anon := srv.client(t), srv.client(t), srv.client(t), srv.client(t)
			signUp(t, amara, "amara")
			signUp(t, bo, "bo-chen")
			signUp(t, dee, "dee")
			vals := valueIDs(t, amara, 1)
			var valueSlug struct{ Node struct{ Slug string } }
			amara.ok(`query($id: ID!) { node(id: $id) { ... on Value { slug } } }`, map[string]any{"id": vals[0]}, &valueSlug)
			create := func(title, visibility string) (id, slug string) {
				var out struct {
					CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
				}
				amara.ok(`mutation($t: String!, $v: ID!) { createCollaboration(input: {title: $t, goal: "Feed the street together.", remote: true, visibility: `+visibility+`,
					values: [{valueId: $v, weight: 5}], commitment: {kind: TIME, quantity: "2", description: "@Sundays"}}) { collaboration { id slug } } }`,
					map[string]any{"t": title, "v": vals[0]}, &out)
				return out.CreateCollaboration.Collaboration.ID, out.CreateCollaboration.Collaboration.Slug
			}
			pub, _ := create("Community fridge", "PUBLIC")
			priv, _ := create("Quiet garden", "PRIVATE")
			for _, c := range []string{pub, priv} {
				amara.ok(`mutation($c: ID!, $v: ID!) { defineOutcome(input: {collaborationId: $c, name: "=Meals rescued", unit: "meals", baseline: 0, target: 100, valueIds: [$v]}) { outcome { id } } }`,
					map[string]any{"c": c, "v": vals[0]}, nil)
				amara.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: MONEY, quantity: "25.50", currency: "EUR", note: "=HYPERLINK(\"http://x\")"}) { contribution { id } } }`,
					map[string]any{"c": c}, nil)
			}

			t.Run("person_rows_traceable", func(t *testing.T) {
				own := exportCSV(t, amara, "/export/person/amara.csv")
				seen := map[string]int{}
				for _, row := range own {
					seen[row["record"]]++
					stored, _ := storedRow(t, srv, row)
					switch s := stored.(type) {
					case *domain.Contribution:
						if s.PersonID == 0 || row["amount"] != domain.FormatSteps(s.Kind, s.Currency, s.Quantity) || row["currency"] != s.Currency ||
							collabOf(t, srv, row).ID != s.CollaborationID {
							t.Errorf("contribution row %v does not match stored %+v", row, s)
						}
					case *domain.Commitment:
						if row["amount"] != domain.FormatSteps(s.Kind, s.Currency, s.Quantity) || row["status"] != string(s.Status) || collabOf(t, srv, row).ID != s.CollaborationID {
							t.Errorf("commitment row %v does not match stored %+v", row, s)
						}
					case *domain.Outcome:
						if collabOf(t, srv, row).ID != s.CollaborationID || row["target"] != "100" {
							t.Errorf("outcome row %v does not match stored %+v", row, s)
						}
					}
					if row["person"] != "" && row["person"] != "Person amara" {
						t.Errorf("own export: person %q, want their own name", row["person"])
					}
				}
				// Their own export covers their private collaboration too.
				if seen["contribution"] != 2 || seen["commitment"] != 2 || seen["outcome"] != 2 {
					t.Errorf("own export: got %v, want 2 contributions, 2 commitments, 2 outcomes", seen)
				}
				// Another person's export: public data only, and no name unless they chose it.
				other := exportCSV(t, dee, "/export/person/amara.csv")
				for _, row := range other {
					storedRow(t, srv, row)
					if c := collabOf(t, srv, row); c.Visibility != domain.VisibilityPublic {
						t.Errorf("another's export holds %s of %s collaboration %q", row["record"], c.Visibility, c.Title)
					}
					if row["person"] != "" && row["person"] != "Member 1" {
						t.Errorf("another's export names %q, want Member 1 (amara did not choose to be named)", row["person"])
					}
				}
				if len(other) != 3 {
					t.Errorf("another's export: got %d rows, want 3 (the public contribution, commitment, outcome)", len(other))
				}
				amara.ok(`mutation { updateProfile(input: {namedInReports: true}) { person { namedInReports } } }`, nil, nil)
				for _, row := range exportCSV(t, dee, "/export/person/amara.csv") {
					if row["record"] == "contribution" && row["person"] != "Person amara" {
						t.Errorf("named in reports: person %q, want Person amara", row["person"])
					}
				}
				var js struct {
					Person        *string
					Contributions []struct{ ID string }
				}
				_, body := dee.download("/export/person/amara.json")
				if err := json.Unmarshal(body, &js); err != nil || js.Person == nil || *js.Person != "amara" || len(js.Contributions) != 1 {
					t.Errorf("JSON export: got %s (%v), want amara's one public contribution", body, err)
				}
				if resp, _ := dee.download("/export/person/no-one.csv"); resp.StatusCode != http.StatusNotFound {
					t.Errorf("unknown person: got %d, want 404", resp.StatusCode)
				}
				if resp, _ := dee.download("/export/person/amara.xlsx"); resp.StatusCode != http.StatusNotFound {
					t.Errorf("unknown format: got %d, want 404", resp.StatusCode)
				}
			})

			t.Run("value", func(t *testing.T) {
				check := func(c *client, wantCollabs int, wantAmount string) {
					t.Helper()
					rows := exportCSV(t, c, "/export/value/"+valueSlug.Node.Slug+".csv")
					collabs := 0
					for _, row := range rows {
						stored, _ := storedRow(t, srv, row)
						switch s := stored.(type) {
						case *domain.Value:
							if row["value"] != s.Slug || row["kind"] != "MONEY" || row["amount"] != wantAmount {
								t.Errorf("value row %v: want %s, MONEY %s", row, s.Slug, wantAmount)
							}
						case *domain.Collaboration:
							collabs++
							if row["amount"] != "25.50" || (c != amara && s.Visibility != domain.VisibilityPublic) {
								t.Errorf("collaboration row %v of %s %q", row, s.Visibility, s.Title)
							}
						}
					}
					if collabs != wantCollabs {
						t.Errorf("value export: %d collaboration rows, want %d", collabs, wantCollabs)
					}
				}
				check(dee, 1, "25.50")
				check(amara, 2, "51.00")
				var js struct{ Values []struct{ Slug string } }
				_, body := dee.download("/export/value/" + valueSlug.Node.Slug + ".json")
				if err := json.Unmarshal(body, &js); err != nil || len(js.Values) != 1 || js.Values[0].Slug != valueSlug.Node.Slug {
					t.Errorf("value JSON: got %s (%v)", body, err)
				}
			})

			t.Run("community_private_absent", func(t *testing.T) {
				for _, c := range []*client{anon, amara} {
					rows := exportCSV(t, c, "/export/community.csv")
					if len(rows) == 0 {
						t.Fatal("community export is empty")
					}
					for _, row := range rows {
						storedRow(t, srv, row)
						if row["collaboration_id"] != "" {
							if col := collabOf(t, srv, row); col.Visibility != domain.VisibilityPublic {
								t.Errorf("community export holds %s of %s %q", row["record"], col.Visibility, col.Title)
							}
						}
						if row["record"] == "value" && row["amount"] != "25.50" {
							t.Errorf("community value row %v counts private contributions", row)
						}
						if strings.Contains(strings.Join(slices.Collect(mapValues(row)), " "), "Quiet garden") {
							t.Errorf("community export names the private collaboration: %v", row)
						}
					}
					_, body := c.download("/export/community.json")
					if bytes.Contains(body, []byte("Quiet garden")) || !bytes.Contains(body, []byte("Community fridge")) {
						t.Errorf("community JSON: got %s, want the public collaboration only", body)
					}
				}
			})

			t.Run("formula_escaped", func(t *testing.T) {
				for _, path := range []string{"/export/person/amara.csv", "/export/value/" + valueSlug.Node.Slug + ".csv", "/export/community.csv"} {
					for _, row := range exportCSV(t, amara, path) {
						for col, cell := range row {
							if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
								t.Errorf("%s: %s cell %q could run as a formula", path, col, cell)
							}
						}
						if row["record"] == "contribution" && row["note"] != `'=HYPERLINK("http://x")` {
							t.Errorf("%s: note %q, want the escaped text", path, row["note"])
						}
						if row["record"] == "outcome" && row["name"] != "'=Meals rescued" {
							t.Errorf("%s: outcome name %q, want the escaped text", path, row["name"])
						}
						if row["record"] == "commitment" && row["note"] != "'@Sundays" {
							t.Errorf("%s: commitment note %q, want the escaped text", path, row["note"])
						}
					}
				}
			})
		})
	}
}

func mapValues(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}
