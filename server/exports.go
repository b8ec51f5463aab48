package main

import (
	"cmp"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/ledger"
	"kindred/graph/relay"
)

// The person, value and community exports share one CSV layout: each row names the stored
// row it comes from (record and id, the id as the API writes it) and fills the columns that
// apply to it. Roll-up rows (record "value" or "collaboration") sum a record's counted
// contributions for one kind, unit and currency.
var rollCSVHeader = []string{
	"record", "id", "collaboration", "collaboration_id", "person", "value", "kind", "unit", "currency",
	"amount", "confirmed", "contributors", "status", "occurred_at", "note", "name", "baseline", "target",
	"direction", "due_at", "latest", "measured_at", "progress", "on_track",
}

// exportDownload serves an export gathered by gather as CSV or JSON (format), named
// kindred-<name>-<date>.<format>, authenticated as /query is.
func (a *app) exportDownload(format string, gather func(r *http.Request) (name string, at time.Time, csv func(io.Writer) error, json func() any, err error)) http.Handler {
	return a.withViewer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, at, writeCSV, jsonOf, err := gather(r)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		a.sendExport(w, r, fmt.Sprintf("kindred-%s-%s.%s", name, at.Format("2006-01-02"), format), format, writeCSV, jsonOf)
	}))
}

// fileFormat splits a download's file name, such as amara.csv, into its stem and format
// (csv or json); any other name is not found.
func fileFormat(file string) (stem, format string, err error) {
	for _, f := range []string{"csv", "json"} {
		if s, ok := strings.CutSuffix(file, "."+f); ok && s != "" {
			return s, f, nil
		}
	}
	return "", "", domain.Errorf(domain.CodeNotFound, "No export %q: ask for a .csv or .json file.", file)
}

// byFile serves /prefix/{file} downloads, the format taken from the file name.
func (a *app) byFile(serve func(format string) http.Handler) http.Handler {
	handlers := map[string]http.Handler{"csv": serve("csv"), "json": serve("json")}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, format, err := fileFormat(r.PathValue("file"))
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		handlers[format].ServeHTTP(w, r)
	})
}

func stemOf(r *http.Request) string {
	s, _, _ := fileFormat(r.PathValue("file"))
	return s
}

// personExport serves /export/person/{handle}.csv|json.
func (a *app) personExport() http.Handler {
	return a.byFile(func(format string) http.Handler { return a.personExportAs(format) })
}

func (a *app) personExportAs(format string) http.Handler {
	return a.exportDownload(format, func(r *http.Request) (string, time.Time, func(io.Writer) error, func() any, error) {
		e, err := a.service.ExportPerson(r.Context(), stemOf(r))
		if err != nil {
			return "", time.Time{}, nil, nil, err
		}
		return "person-" + e.Person.Handle, e.GeneratedAt, func(w io.Writer) error { return writeCSV(w, personCSV(e)) }, func() any { return personJSON(e) }, nil
	})
}

// valueExport serves /export/value/{slug}.csv|json.
func (a *app) valueExport() http.Handler {
	return a.byFile(func(format string) http.Handler { return a.valueExportAs(format) })
}

func (a *app) valueExportAs(format string) http.Handler {
	return a.exportDownload(format, func(r *http.Request) (string, time.Time, func(io.Writer) error, func() any, error) {
		slug := stemOf(r)
		e, err := a.service.ExportValue(r.Context(), slug)
		if err != nil {
			return "", time.Time{}, nil, nil, err
		}
		return "value-" + slug, e.GeneratedAt, func(w io.Writer) error { return writeCSV(w, rollUpCSV(e)) }, func() any { return rollUpJSON(e) }, nil
	})
}

// communityExport serves /export/community.csv|json.
func (a *app) communityExport(format string) http.Handler {
	return a.exportDownload(format, func(r *http.Request) (string, time.Time, func(io.Writer) error, func() any, error) {
		e, err := a.service.ExportCommunity(r.Context())
		if err != nil {
			return "", time.Time{}, nil, nil, err
		}
		return "community", e.GeneratedAt, func(w io.Writer) error { return writeCSV(w, rollUpCSV(e)) }, func() any { return rollUpJSON(e) }, nil
	})
}

// totalCells fills a row's amount columns from t.
func totalCells(row csvRow, t ledger.Total) csvRow {
	row["kind"], row["unit"], row["currency"] = string(t.Kind), cellText(t.Unit), t.Currency
	row["amount"], row["confirmed"] = domain.FormatSum(t.Kind, t.Currency, t.All), domain.FormatSum(t.Kind, t.Currency, t.Confirmed)
	row["contributors"] = strconv.Itoa(t.Contributors)
	return row
}

// outcomeRow is an outcome's row: its definition and where it stands.
func outcomeRow(o impact.OutcomeLine, c *domain.Collaboration) csvRow {
	row := csvRow{"record": "outcome", "id": relay.ID(relay.TypeOutcome, o.Outcome.ID), "name": cellText(o.Outcome.Name), "unit": cellText(o.Outcome.Unit),
		"baseline": num(o.Outcome.Baseline), "target": num(o.Outcome.Target), "direction": string(o.Outcome.Direction), "due_at": stampPtr(o.Outcome.DueAt)}
	collabCells(row, c)
	if l := o.Status.Latest; l != nil {
		row["latest"], row["measured_at"] = num(l.Value), stamp(l.MeasuredAt)
	}
	if p := o.Status.Progress; p != nil {
		row["progress"], row["on_track"] = num(p.Raw), strconv.FormatBool(*o.Status.OnTrack)
	}
	return row
}

func collabCells(row csvRow, c *domain.Collaboration) {
	if c != nil {
		row["collaboration"], row["collaboration_id"] = cellText(c.Title), relay.ID(relay.TypeCollab, c.ID)
	}
}

// personCSV lays out a person's export: their contributions, their commitments, then the
// outcomes of their collaborations.
func personCSV(e *impact.PersonExport) [][]string {
	rows := [][]string{rollCSVHeader}
	for _, c := range e.Contributions {
		row := csvRow{"record": "contribution", "id": relay.ID(relay.TypeContrib, c.ID), "person": cellText(e.Label), "kind": string(c.Kind),
			"unit": cellText(c.Unit), "currency": c.Currency, "amount": domain.FormatSteps(c.Kind, c.Currency, c.Quantity),
			"status": contributionStatus(c), "occurred_at": stamp(c.OccurredAt), "note": cellText(c.Note)}
		collabCells(row, e.Collaborations[c.CollaborationID])
		rows = append(rows, row.recordOf(rollCSVHeader))
	}
	for _, c := range e.Commitments {
		row := csvRow{"record": "commitment", "id": relay.ID(relay.TypeCommitment, c.ID), "person": cellText(e.Label), "kind": string(c.Kind),
			"unit": cellText(c.Unit), "currency": c.Currency, "amount": domain.FormatSteps(c.Kind, c.Currency, c.Quantity),
			"status": string(c.Status), "due_at": stampPtr(c.DueAt), "note": cellText(c.Description)}
		collabCells(row, e.Collaborations[c.CollaborationID])
		rows = append(rows, row.recordOf(rollCSVHeader))
	}
	for _, o := range e.Outcomes {
		rows = append(rows, outcomeRow(o, e.Collaborations[o.Outcome.CollaborationID]).recordOf(rollCSVHeader))
	}
	return rows
}

// contributionStatus is CONFIRMED, PENDING or REVERSAL.
func contributionStatus(c *domain.Contribution) string {
	switch {
	case c.ReversesID != nil:
		return "REVERSAL"
	case c.ConfirmedAt != nil:
		return "CONFIRMED"
	}
	return "PENDING"
}

// rollUpCSV lays out a value's or the community's export: each value's totals, each
// collaboration's totals, then the outcomes serving the values.
func rollUpCSV(e *impact.RollUpExport) [][]string {
	rows := [][]string{rollCSVHeader}
	for _, v := range e.Values {
		if v.RollUp == nil {
			continue
		}
		for _, t := range v.RollUp.Totals {
			row := totalCells(csvRow{"record": "value", "id": relay.ID(relay.TypeValue, v.Value.ID), "value": v.Value.Slug, "name": cellText(v.Value.Name)}, t)
			rows = append(rows, row.recordOf(rollCSVHeader))
		}
	}
	for _, c := range e.Collaborations {
		for _, t := range c.Totals {
			row := totalCells(csvRow{"record": "collaboration", "id": relay.ID(relay.TypeCollab, c.Collaboration.ID)}, t)
			collabCells(row, c.Collaboration)
			rows = append(rows, row.recordOf(rollCSVHeader))
		}
	}
	for _, o := range e.Outcomes {
		rows = append(rows, outcomeRow(o, e.CollabByID[o.Outcome.CollaborationID]).recordOf(rollCSVHeader))
	}
	return rows
}

// The JSON of the person, value and community exports.
type (
	exportEntry struct {
		ID              string              `json:"id"`
		CollaborationID string              `json:"collaborationId"`
		Kind            domain.ResourceKind `json:"kind"`
		Unit            string              `json:"unit"`
		Currency        *string             `json:"currency"`
		Amount          string              `json:"amount"`
		Status          string              `json:"status"`
		OccurredAt      *time.Time          `json:"occurredAt,omitempty"`
		DueAt           *time.Time          `json:"dueAt,omitempty"`
		Note            string              `json:"note"`
	}
	exportOutcomeLine struct {
		ID              string          `json:"id"`
		CollaborationID string          `json:"collaborationId"`
		Name            string          `json:"name"`
		Unit            string          `json:"unit"`
		Baseline        float64         `json:"baseline"`
		Target          float64         `json:"target"`
		Direction       string          `json:"direction"`
		DueAt           *time.Time      `json:"dueAt"`
		Latest          *float64        `json:"latest"`
		MeasuredAt      *time.Time      `json:"measuredAt"`
		Progress        *exportProgress `json:"progress"`
		OnTrack         *bool           `json:"onTrack"`
	}
	exportCollabRef struct {
		ID    string `json:"id"`
		Slug  string `json:"slug"`
		Title string `json:"title"`
	}
	exportPerson struct {
		// Person is their handle to themselves; null in another's export unless they chose
		// to be named in reports.
		Person         *string             `json:"person"`
		Label          string              `json:"label"`
		GeneratedAt    time.Time           `json:"generatedAt"`
		Collaborations []exportCollabRef   `json:"collaborations"`
		Contributions  []exportEntry       `json:"contributions"`
		Commitments    []exportEntry       `json:"commitments"`
		Outcomes       []exportOutcomeLine `json:"outcomes"`
	}
	exportValueRollUp struct {
		ID             string        `json:"id"`
		Slug           string        `json:"slug"`
		Name           string        `json:"name"`
		Collaborations int           `json:"collaborations"`
		Contributors   int           `json:"contributors"`
		Totals         []exportTotal `json:"totals"`
	}
	exportCollabRollUp struct {
		exportCollabRef
		Totals []exportTotal `json:"totals"`
	}
	exportRollUp struct {
		GeneratedAt    time.Time            `json:"generatedAt"`
		Values         []exportValueRollUp  `json:"values"`
		Collaborations []exportCollabRollUp `json:"collaborations"`
		Outcomes       []exportOutcomeLine  `json:"outcomes"`
	}
)

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func outcomeLineJSON(o impact.OutcomeLine) exportOutcomeLine {
	out := exportOutcomeLine{ID: relay.ID(relay.TypeOutcome, o.Outcome.ID), CollaborationID: relay.ID(relay.TypeCollab, o.Outcome.CollaborationID),
		Name: o.Outcome.Name, Unit: o.Outcome.Unit, Baseline: o.Outcome.Baseline, Target: o.Outcome.Target, Direction: string(o.Outcome.Direction),
		DueAt: o.Outcome.DueAt, OnTrack: o.Status.OnTrack}
	if l := o.Status.Latest; l != nil {
		v, at := l.Value, l.MeasuredAt.UTC()
		out.Latest, out.MeasuredAt = &v, &at
	}
	if p := o.Status.Progress; p != nil {
		out.Progress = &exportProgress{Raw: p.Raw, Clamped: p.Clamped}
	}
	return out
}

func collabRef(c *domain.Collaboration) exportCollabRef {
	return exportCollabRef{ID: relay.ID(relay.TypeCollab, c.ID), Slug: c.Slug, Title: c.Title}
}

func personJSON(e *impact.PersonExport) exportPerson {
	out := exportPerson{Label: e.Label, GeneratedAt: e.GeneratedAt, Collaborations: []exportCollabRef{}, Contributions: []exportEntry{},
		Commitments: []exportEntry{}, Outcomes: []exportOutcomeLine{}}
	if e.Own || e.Person.NamedInReports {
		h := e.Person.Handle
		out.Person = &h
	}
	for _, c := range sortedCollabs(e.Collaborations) {
		out.Collaborations = append(out.Collaborations, collabRef(c))
	}
	for _, c := range e.Contributions {
		at := c.OccurredAt.UTC()
		out.Contributions = append(out.Contributions, exportEntry{ID: relay.ID(relay.TypeContrib, c.ID), CollaborationID: relay.ID(relay.TypeCollab, c.CollaborationID),
			Kind: c.Kind, Unit: c.Unit, Currency: optString(c.Currency), Amount: domain.FormatSteps(c.Kind, c.Currency, c.Quantity),
			Status: contributionStatus(c), OccurredAt: &at, Note: c.Note})
	}
	for _, c := range e.Commitments {
		out.Commitments = append(out.Commitments, exportEntry{ID: relay.ID(relay.TypeCommitment, c.ID), CollaborationID: relay.ID(relay.TypeCollab, c.CollaborationID),
			Kind: c.Kind, Unit: c.Unit, Currency: optString(c.Currency), Amount: domain.FormatSteps(c.Kind, c.Currency, c.Quantity),
			Status: string(c.Status), DueAt: c.DueAt, Note: c.Description})
	}
	for _, o := range e.Outcomes {
		out.Outcomes = append(out.Outcomes, outcomeLineJSON(o))
	}
	return out
}

func rollUpJSON(e *impact.RollUpExport) exportRollUp {
	out := exportRollUp{GeneratedAt: e.GeneratedAt, Values: []exportValueRollUp{}, Collaborations: []exportCollabRollUp{}, Outcomes: []exportOutcomeLine{}}
	for _, v := range e.Values {
		ev := exportValueRollUp{ID: relay.ID(relay.TypeValue, v.Value.ID), Slug: v.Value.Slug, Name: v.Value.Name, Totals: []exportTotal{}}
		if v.RollUp != nil {
			ev.Collaborations, ev.Contributors = v.RollUp.Collaborations, v.RollUp.Contributors
			for _, t := range v.RollUp.Totals {
				ev.Totals = append(ev.Totals, exportTotalOf(t, false))
			}
		}
		out.Values = append(out.Values, ev)
	}
	for _, c := range e.Collaborations {
		ec := exportCollabRollUp{exportCollabRef: collabRef(c.Collaboration), Totals: []exportTotal{}}
		for _, t := range c.Totals {
			ec.Totals = append(ec.Totals, exportTotalOf(t, false))
		}
		out.Collaborations = append(out.Collaborations, ec)
	}
	for _, o := range e.Outcomes {
		out.Outcomes = append(out.Outcomes, outcomeLineJSON(o))
	}
	return out
}

// sortedCollabs returns the collaborations of m oldest first.
func sortedCollabs(m map[int64]*domain.Collaboration) []*domain.Collaboration {
	out := make([]*domain.Collaboration, 0, len(m))
	for _, c := range m {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *domain.Collaboration) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
