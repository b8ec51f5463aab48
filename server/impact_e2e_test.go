package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kindred/database/dbtest"
	"kindred/domain"
)

// download GETs path as the client: with its bearer token, or as a page's link (a
// same-origin navigation with its cookies).
func (c *client) download(path string) (*http.Response, []byte) {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.srv.url+path, nil)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if c.origin != "" {
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

const impactDoc = `query($s: String!) { collaboration(slug: $s) {
	outcomes { id name latest { value } progress { raw clamped } onTrack
		measurements { totalCount edges { node { id value current evidenceUrl evidenceNote recordedBy { handle }
			attestations { person { handle } } } } } }
	impact { totals { all { kind amount unit currency } confirmed { amount } contributors largestShare }
		monthly { month kind unit currency amount confirmed contributors }
		byMember { person { handle } given { all { amount unit } } } } } }`

type impactData struct {
	Collaboration struct {
		Outcomes []struct {
			ID, Name     string
			Latest       *struct{ Value float64 }
			Progress     *struct{ Raw, Clamped float64 }
			OnTrack      *bool
			Measurements struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID                        string
						Value                     float64
						Current                   bool
						EvidenceURL, EvidenceNote string
						RecordedBy                struct{ Handle string }
						Attestations              []struct{ Person struct{ Handle string } }
					}
				}
			}
		}
		Impact struct {
			Totals []struct {
				All struct {
					Kind, Amount, Unit string
					Currency           *string
				}
				Confirmed    struct{ Amount string }
				Contributors int
				LargestShare float64
			}
			Monthly []struct {
				Month                         time.Time
				Kind, Unit, Amount, Confirmed string
				Currency                      *string
				Contributors                  int
			}
			ByMember []struct {
				Person struct{ Handle string }
				Given  []struct{ All struct{ Amount, Unit string } }
			}
		}
	}
}

// TestImpactJourney walks through the real server: a steward defines an outcome, two
// measurements are recorded and one attested, progress shows, and the CSV and JSON
// exports download with the same figures, to the members of a private collaboration only.
func TestImpactJourney(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			// at is the server's time moved by days and hours, as the API writes it.
			at := func(days int, d time.Duration) string {
				return srv.clock.Now().AddDate(0, 0, days).Add(d).Format(time.RFC3339)
			}
			amara, bo, dee := srv.client(t), srv.client(t), srv.client(t)
			signUp(t, amara, "amara")
			signUp(t, bo, "bo-chen")
			signUp(t, dee, "dee")
			vals := valueIDs(t, amara, 2)
			var created struct {
				CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
			}
			amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Community fridge", goal: "Rescue surplus food for the street.",
				location: "Rotterdam", values: [{valueId: $v, weight: 5}], commitment: {kind: TIME, quantity: "2"}}) { collaboration { id slug } } }`,
				map[string]any{"v": vals[0]}, &created)
			col := created.CreateCollaboration.Collaboration
			var req struct {
				RequestToJoin struct{ Membership struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: MONEY, quantity: "40", currency: "EUR"}]}) { membership { id } } }`,
				map[string]any{"c": col.ID}, &req)
			amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`, map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)

			// The steward defines an outcome; a member may not.
			name := `Meals, "rescued" — für alle`
			defineDoc := `mutation($c: ID!, $n: String!, $v: ID!) { defineOutcome(input: {collaborationId: $c, name: $n, unit: "meals",
				baseline: 10, target: 50, dueAt: "` + at(100, 0) + `", valueIds: [$v]}) { outcome { id direction values { id } history { target } } } }`
			bo.fails(domain.CodeForbidden, defineDoc, map[string]any{"c": col.ID, "n": name, "v": vals[1]})
			var def struct {
				DefineOutcome struct {
					Outcome struct {
						ID, Direction string
						Values        []struct{ ID string }
					}
				}
			}
			amara.ok(defineDoc, map[string]any{"c": col.ID, "n": name, "v": vals[1]}, &def)
			out := def.DefineOutcome.Outcome
			if out.Direction != "INCREASE" || len(out.Values) != 1 || out.Values[0].ID != vals[1] {
				t.Errorf("defined: got %+v, want INCREASE serving the second value", out)
			}
			amara.fails(domain.CodeInvalid, `mutation($c: ID!) { defineOutcome(input: {collaborationId: $c, name: "Nothing", unit: "x", baseline: 3, target: 3}) { outcome { id } } }`,
				map[string]any{"c": col.ID})

			// Two measurements; the member attests the steward's, not their own.
			record := `mutation($o: ID!, $v: Float!, $at: Time!, $u: String, $n: String) { recordMeasurement(input: {outcomeId: $o, value: $v, measuredAt: $at,
				evidenceUrl: $u, evidenceNote: $n}) { measurement { id current } } }`
			var m1, m2 struct {
				RecordMeasurement struct{ Measurement struct{ ID string } }
			}
			bo.ok(record, map[string]any{"o": out.ID, "v": 20, "at": at(-10, -3*time.Hour), "u": "https://example.org/week-46.pdf"}, &m1)
			amara.ok(record, map[string]any{"o": out.ID, "v": 30, "at": at(-1, -3*time.Hour), "n": "=SUM(crates), counted by hand"}, &m2)
			bo.fails(domain.CodeInvalid, record, map[string]any{"o": out.ID, "v": 31, "at": at(-1, -3*time.Hour), "u": "javascript:alert(1)"})
			bo.fails(domain.CodeForbidden, `mutation($m: ID!) { attestMeasurement(input: {measurementId: $m}) { measurement { id } } }`,
				map[string]any{"m": m1.RecordMeasurement.Measurement.ID})
			bo.ok(`mutation($m: ID!) { attestMeasurement(input: {measurementId: $m}) { measurement { attestations { person { handle } } } } }`,
				map[string]any{"m": m2.RecordMeasurement.Measurement.ID}, nil)

			canAttest := func(c *client) string {
				var r struct {
					Collaboration struct {
						Outcomes []struct {
							Measurements struct {
								Edges []struct {
									Node struct{ ViewerCanAttest bool }
								}
							}
						}
					}
				}
				c.ok(`query($s: String!) { collaboration(slug: $s) { outcomes { measurements { edges { node { viewerCanAttest } } } } } }`, map[string]any{"s": col.Slug}, &r)
				var out []string
				for _, e := range r.Collaboration.Outcomes[0].Measurements.Edges {
					out = append(out, strconv.FormatBool(e.Node.ViewerCanAttest))
				}
				return strings.Join(out, ",")
			}
			// Newest first: amara's 30 (attested by bo), then bo's 20.
			for c, want := range map[*client]string{amara: "false,true", bo: "false,false", dee: "false,false"} {
				if got := canAttest(c); got != want {
					t.Errorf("viewerCanAttest: got %s, want %s", got, want)
				}
			}

			// Contributions for the totals.
			var logged struct {
				LogContribution struct{ Contribution struct{ ID string } }
			}
			bo.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: MONEY, quantity: "25.50", currency: "EUR", note: "crates"}) { contribution { id } } }`,
				map[string]any{"c": col.ID}, &logged)
			amara.ok(`mutation($e: ID!) { confirmContribution(input: {contributionId: $e}) { contribution { status } } }`, map[string]any{"e": logged.LogContribution.Contribution.ID}, nil)
			amara.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "3", note: "Sunday shift"}) { contribution { id } } }`,
				map[string]any{"c": col.ID}, nil)

			var data impactData
			dee.ok(impactDoc, map[string]any{"s": col.Slug}, &data)
			o := data.Collaboration.Outcomes[0]
			if o.Latest == nil || o.Latest.Value != 30 || o.Progress == nil || o.Progress.Raw != 0.5 || o.Progress.Clamped != 0.5 || o.OnTrack == nil || !*o.OnTrack {
				t.Fatalf("progress: got %+v, want latest 30, progress 0.5, on track", o)
			}
			if o.Measurements.TotalCount != 2 || len(o.Measurements.Edges[0].Node.Attestations) != 1 || o.Measurements.Edges[0].Node.Attestations[0].Person.Handle != "bo-chen" {
				t.Errorf("measurements: got %+v, want two, the newest attested by bo-chen", o.Measurements)
			}
			if len(data.Collaboration.Impact.Totals) != 2 || len(data.Collaboration.Impact.ByMember) != 2 {
				t.Errorf("impact: got %+v, want money and time totals from two members", data.Collaboration.Impact)
			}

			var nodes struct {
				Nodes []*struct{ ID, Name string }
			}
			dee.ok(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Outcome { name } ... on Measurement { outcome { name } } } }`,
				map[string]any{"ids": []string{out.ID, m1.RecordMeasurement.Measurement.ID}}, &nodes)
			if len(nodes.Nodes) != 2 || nodes.Nodes[0] == nil || nodes.Nodes[0].Name != name || nodes.Nodes[1] == nil || nodes.Nodes[1].ID != m1.RecordMeasurement.Measurement.ID {
				t.Errorf("nodes: got %+v, want the outcome and the measurement", nodes.Nodes)
			}

			checkCSV(t, amara, col.Slug, data)
			checkJSON(t, amara, col.Slug, data)

			// A page downloads with its same-origin cookies too.
			pg := srv.page(t)
			pg.ok(`mutation { logIn(input: {login: "dee", password: "a long passphrase", transport: COOKIE}) { viewer { handle } } }`, nil, nil)
			if resp, _ := pg.download("/collaborations/" + col.Slug + "/impact.json"); resp.StatusCode != http.StatusOK {
				t.Errorf("cookie download: got %d, want 200", resp.StatusCode)
			}
			bad := srv.client(t)
			bad.token = "not-a-token"
			if resp, _ := bad.download("/collaborations/" + col.Slug + "/impact.csv"); resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("bad token: got %d, want 401", resp.StatusCode)
			}
			if resp, _ := amara.download("/collaborations/no-such-thing/impact.csv"); resp.StatusCode != http.StatusNotFound {
				t.Errorf("unknown collaboration: got %d, want 404", resp.StatusCode)
			}

			// A private collaboration: its export and its impact are its members' only.
			var private struct {
				CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
			}
			amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Quiet garden", goal: "Grow vegetables out of sight.", remote: true, visibility: PRIVATE,
				values: [{valueId: $v, weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id slug } } }`, map[string]any{"v": vals[0]}, &private)
			amara.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "7"}) { contribution { id } } }`,
				map[string]any{"c": private.CreateCollaboration.Collaboration.ID}, nil)
			ps := private.CreateCollaboration.Collaboration.Slug
			for _, c := range []*client{dee, srv.client(t), pg} {
				for _, ext := range []string{"csv", "json"} {
					if resp, body := c.download("/collaborations/" + ps + "/impact." + ext); resp.StatusCode != http.StatusNotFound || bytes.Contains(body, []byte("7.00")) {
						t.Errorf("private %s as an outsider: got %d %s, want 404", ext, resp.StatusCode, body)
					}
				}
			}
			var def2 struct {
				DefineOutcome struct{ Outcome struct{ ID string } }
			}
			amara.ok(`mutation($c: ID!) { defineOutcome(input: {collaborationId: $c, name: "Beds planted", unit: "beds", baseline: 0, target: 8}) { outcome { id } } }`,
				map[string]any{"c": private.CreateCollaboration.Collaboration.ID}, &def2)
			var hidden struct{ Node *struct{ ID string } }
			dee.ok(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": def2.DefineOutcome.Outcome.ID}, &hidden)
			if hidden.Node != nil {
				t.Errorf("a private outcome reached an outsider by its ID")
			}
			if resp, _ := amara.download("/collaborations/" + ps + "/impact.csv"); resp.StatusCode != http.StatusOK {
				t.Errorf("private export as its steward: got %d, want 200", resp.StatusCode)
			}
			hours := func(c *client) string {
				var r struct {
					ImpactOverview struct {
						Totals []struct{ All struct{ Kind, Amount string } }
					}
					Person struct {
						Impact struct {
							Collaborations []struct{ Collaboration struct{ Slug string } }
						}
					}
				}
				c.ok(`{ impactOverview { totals { all { kind amount } } } person(handle: "amara") { impact { collaborations { collaboration { slug } } } } }`, nil, &r)
				var h []string
				for _, tt := range r.ImpactOverview.Totals {
					if tt.All.Kind == "TIME" {
						h = append(h, tt.All.Amount)
					}
				}
				return fmt.Sprint(h, len(r.Person.Impact.Collaborations))
			}
			if got := hours(dee); got != "[3.00] 1" {
				t.Errorf("overview and amara's impact as an outsider: got %s, want 3.00 hours in 1 collaboration", got)
			}
			if got := hours(amara); got != "[10.00] 2" {
				t.Errorf("overview and amara's impact as herself: got %s, want 10.00 hours in 2 collaborations", got)
			}
		})
	}
}

// checkCSV downloads the CSV export and checks its headers, its form and that its
// figures are the GraphQL ones.
func checkCSV(t *testing.T, c *client, slug string, data impactData) {
	t.Helper()
	resp, body := c.download("/collaborations/" + slug + "/impact.csv")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("CSV: got %d %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") || !strings.Contains(ct, "charset=utf-8") {
		t.Errorf("CSV content type: got %q", ct)
	}
	_, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
	if want := "kindred-impact-" + slug + "-" + c.srv.clock.Now().Format(time.DateOnly) + ".csv"; err != nil || params["filename"] != want || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("CSV disposition: got %q, want an attachment named %s", resp.Header.Get("Content-Disposition"), want)
	}
	if !utf8.Valid(body) || bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) || !bytes.Contains(body, []byte("\r\n")) {
		t.Errorf("CSV is not UTF-8 with CRLF lines and no BOM")
	}
	r := csv.NewReader(bytes.NewReader(body))
	rows, err := r.ReadAll() // every row the same width, quotes balanced
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, body)
	}
	head := rows[0]
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	if head[0] != "section" || col["progress"] == 0 || col["amount"] == 0 {
		t.Fatalf("CSV header: got %v", head)
	}
	get := func(row []string, name string) string { return row[col[name]] }
	o := data.Collaboration.Outcomes[0]
	var outcomes, measurements, totals, months, members int
	labels := map[string]string{}
	for _, row := range rows[1:] {
		switch get(row, "section") {
		case "outcome":
			outcomes++
			if get(row, "name") != o.Name {
				t.Errorf("CSV outcome name: got %q, want %q (quoted and UTF-8 intact)", get(row, "name"), o.Name)
			}
			raw, _ := strconv.ParseFloat(get(row, "progress"), 64)
			clamped, _ := strconv.ParseFloat(get(row, "progress_clamped"), 64)
			if raw != o.Progress.Raw || clamped != o.Progress.Clamped || get(row, "on_track") != strconv.FormatBool(*o.OnTrack) || get(row, "value") != "30" {
				t.Errorf("CSV outcome: got %v, want progress %v/%v", row, o.Progress.Raw, o.Progress.Clamped)
			}
		case "measurement":
			n := o.Measurements.Edges[measurements].Node
			measurements++
			// No one chose to be named in reports: "Member N", the same N for the same person.
			if l, ok := labels[n.RecordedBy.Handle]; ok && l != get(row, "person") || !strings.HasPrefix(get(row, "person"), "Member ") {
				t.Errorf("CSV measurement %d: recorder %q labelled %q, want one Member N label per person", measurements, n.RecordedBy.Handle, get(row, "person"))
			}
			labels[n.RecordedBy.Handle] = get(row, "person")
			if v, _ := strconv.ParseFloat(get(row, "value"), 64); v != n.Value ||
				get(row, "attestations") != strconv.Itoa(len(n.Attestations)) || get(row, "current") != strconv.FormatBool(n.Current) {
				t.Errorf("CSV measurement %d: got %v, want %+v", measurements, row, n)
			}
			if n.EvidenceNote != "" && get(row, "evidence_note") != "'"+n.EvidenceNote {
				t.Errorf("CSV evidence note: got %q, want it kept from being a formula", get(row, "evidence_note"))
			}
		case "total":
			tt := data.Collaboration.Impact.Totals[totals]
			totals++
			share, _ := strconv.ParseFloat(get(row, "largest_share"), 64)
			if get(row, "kind") != tt.All.Kind || get(row, "amount") != tt.All.Amount || get(row, "unit") != tt.All.Unit ||
				get(row, "confirmed") != tt.Confirmed.Amount || get(row, "contributors") != strconv.Itoa(tt.Contributors) || share != tt.LargestShare {
				t.Errorf("CSV total: got %v, want %+v", row, tt)
			}
		case "month":
			p := data.Collaboration.Impact.Monthly[months]
			months++
			if get(row, "month") != p.Month.Format("2006-01") || get(row, "kind") != p.Kind || get(row, "amount") != p.Amount ||
				get(row, "confirmed") != p.Confirmed || get(row, "contributors") != strconv.Itoa(p.Contributors) {
				t.Errorf("CSV month: got %v, want %+v", row, p)
			}
		case "member":
			members++
		default:
			t.Errorf("CSV: unknown section in %v", row)
		}
	}
	if outcomes != 1 || measurements != 2 || totals != len(data.Collaboration.Impact.Totals) || months != len(data.Collaboration.Impact.Monthly) || members != 2 {
		t.Errorf("CSV rows: got %d outcomes, %d measurements, %d totals, %d months, %d member rows", outcomes, measurements, totals, months, members)
	}
}

// checkJSON downloads the JSON export and checks its figures are the GraphQL ones.
func checkJSON(t *testing.T, c *client, slug string, data impactData) {
	t.Helper()
	resp, body := c.download("/collaborations/" + slug + "/impact.json")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("JSON: got %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(resp.Header.Get("Content-Disposition"), "kindred-impact-"+slug+"-"+c.srv.clock.Now().Format(time.DateOnly)+".json") {
		t.Errorf("JSON disposition: got %q", resp.Header.Get("Content-Disposition"))
	}
	var rep struct {
		Collaboration struct{ Slug string }
		Outcomes      []struct {
			ID, Name     string
			Progress     *struct{ Raw, Clamped float64 }
			OnTrack      *bool
			Latest       *struct{ ID string }
			Measurements []struct {
				ID           string
				Attestations int
			}
		}
		Totals []struct {
			Kind, Amount, Confirmed string
			Contributors            int
			LargestShare            float64
		}
		Monthly []struct {
			Month  time.Time
			Amount string
		}
		Members []struct{ Person *string }
	}
	if err := json.Unmarshal(body, &rep); err != nil {
		t.Fatalf("JSON does not parse: %v", err)
	}
	o, want := rep.Outcomes[0], data.Collaboration.Outcomes[0]
	if rep.Collaboration.Slug != slug || o.ID != want.ID || o.Name != want.Name || *o.Progress != *want.Progress || *o.OnTrack != *want.OnTrack ||
		o.Latest == nil || o.Latest.ID != want.Measurements.Edges[0].Node.ID || len(o.Measurements) != 2 || o.Measurements[0].Attestations != 1 {
		t.Errorf("JSON outcome: got %+v, want %+v", o, want)
	}
	for i, tt := range rep.Totals {
		w := data.Collaboration.Impact.Totals[i]
		if tt.Kind != w.All.Kind || tt.Amount != w.All.Amount || tt.Confirmed != w.Confirmed.Amount || tt.Contributors != w.Contributors || tt.LargestShare != w.LargestShare {
			t.Errorf("JSON total %d: got %+v, want %+v", i, tt, w)
		}
	}
	if len(rep.Totals) != len(data.Collaboration.Impact.Totals) || len(rep.Monthly) != len(data.Collaboration.Impact.Monthly) || len(rep.Members) != 2 {
		t.Errorf("JSON: got %d totals, %d months, %d members", len(rep.Totals), len(rep.Monthly), len(rep.Members))
	}
	for i, p := range rep.Monthly {
		if w := data.Collaboration.Impact.Monthly[i]; !p.Month.Equal(w.Month) || p.Amount != w.Amount {
			t.Errorf("JSON month %d: got %+v, want %+v", i, p, w)
		}
	}
}
