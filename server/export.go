package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"kindred/domain"
	"kindred/domain/impact"
	"kindred/domain/ledger"
	"kindred/graph/relay"
)

// impactExport serves a collaboration's impact report as a download, authenticated as
// /query is (bearer token, or the cookies of a same-origin page); a collaboration the
// viewer may not see is a 404. format is "csv" or "json".
func (a *app) impactExport(format string) http.Handler {
	return a.withViewer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rep, err := a.service.FindImpactReport(r.Context(), r.PathValue("slug"))
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		name := fmt.Sprintf("kindred-impact-%s-%s.%s", rep.Collaboration.Slug, rep.GeneratedAt.Format("2006-01-02"), format)
		a.sendExport(w, r, name, format, func(w io.Writer) error { return writeImpactCSV(w, rep) }, func() any { return impactJSON(rep) })
	}))
}

// sendExport answers a download named name: CSV written by writeCSV, or the JSON of
// jsonOf's value, as format says.
func (a *app) sendExport(w http.ResponseWriter, r *http.Request, name, format string, writeCSV func(io.Writer) error, jsonOf func() any) {
	h := w.Header()
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	var err error
	if format == "csv" {
		h.Set("Content-Type", "text/csv; charset=utf-8; header=present")
		err = writeCSV(w)
	} else {
		h.Set("Content-Type", "application/json; charset=utf-8")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(jsonOf())
	}
	if err != nil {
		a.log.WarnContext(r.Context(), "export cut short", "err", err)
	}
}

// csvHeader is the header row of the CSV export. Each row is one of the sections
// outcome, measurement, total, member or month, and fills the columns that apply to it.
var csvHeader = []string{
	"section", "name", "person", "kind", "unit", "currency", "month", "amount", "confirmed", "contributors", "largest_share",
	"baseline", "target", "direction", "due_at", "value", "measured_at", "progress", "progress_clamped", "on_track",
	"evidence_url", "evidence_note", "attestations", "current",
}

// csvRow builds a row by column name.
type csvRow map[string]string

func (row csvRow) record() []string { return row.recordOf(csvHeader) }

// recordOf returns the row's cells in the order of header.
func (row csvRow) recordOf(header []string) []string {
	out := make([]string, len(header))
	for i, col := range header {
		out[i] = row[col]
	}
	return out
}

// writeCSV writes rows as RFC 4180 CSV in UTF-8 with CRLF line ends and a header row.
func writeCSV(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// cellText keeps people's text from being read as a spreadsheet formula.
func cellText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func stampPtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return stamp(*t)
}

// labelOf names a person of the report as reports of others do: their display name when
// they chose to be named in reports, otherwise "Member N".
func labelOf(rep *impact.ImpactReport, id int64) string { return cellText(rep.Labels.Of(id)) }

// writeImpactCSV writes the report as RFC 4180 CSV in UTF-8 with a header row.
func writeImpactCSV(w io.Writer, rep *impact.ImpactReport) error {
	rows := [][]string{csvHeader}
	for _, o := range rep.Outcomes {
		out := csvRow{"section": "outcome", "name": cellText(o.Outcome.Name), "unit": cellText(o.Outcome.Unit),
			"baseline": num(o.Outcome.Baseline), "target": num(o.Outcome.Target), "direction": string(o.Outcome.Direction),
			"due_at": stampPtr(o.Outcome.DueAt)}
		if l := o.Status.Latest; l != nil {
			out["value"], out["measured_at"] = num(l.Value), stamp(l.MeasuredAt)
		}
		if p := o.Status.Progress; p != nil {
			out["progress"], out["progress_clamped"] = num(p.Raw), num(p.Clamped)
			out["on_track"] = strconv.FormatBool(*o.Status.OnTrack)
		}
		rows = append(rows, out.record())
		for _, m := range o.Measurements {
			rows = append(rows, csvRow{"section": "measurement", "name": cellText(o.Outcome.Name), "person": labelOf(rep, m.RecordedByID),
				"unit": cellText(o.Outcome.Unit), "value": num(m.Value), "measured_at": stamp(m.MeasuredAt),
				"evidence_url": cellText(m.EvidenceURL), "evidence_note": cellText(m.EvidenceNote),
				"attestations": strconv.Itoa(m.Attestations), "current": strconv.FormatBool(!m.Superseded)}.record())
		}
	}
	amounts := func(row csvRow, kind domain.ResourceKind, unit, currency string, all, confirmed domain.Sum) csvRow {
		row["kind"], row["unit"], row["currency"] = string(kind), cellText(unit), currency
		row["amount"], row["confirmed"] = domain.FormatSum(kind, currency, all), domain.FormatSum(kind, currency, confirmed)
		return row
	}
	for _, t := range rep.Impact.Totals {
		row := amounts(csvRow{"section": "total"}, t.Kind, t.Unit, t.Currency, t.All, t.Confirmed)
		row["contributors"], row["largest_share"] = strconv.Itoa(t.Contributors), num(t.LargestShare)
		rows = append(rows, row.record())
	}
	for _, m := range rep.Impact.ByMember {
		for _, t := range m.Given {
			rows = append(rows, amounts(csvRow{"section": "member", "person": labelOf(rep, m.PersonID)}, t.Kind, t.Unit, t.Currency, t.All, t.Confirmed).record())
		}
	}
	for _, p := range rep.Impact.Monthly {
		row := amounts(csvRow{"section": "month", "month": p.Month.Format("2006-01")}, p.Kind, p.Unit, p.Currency, p.All, p.Confirmed)
		row["contributors"] = strconv.Itoa(p.Contributors)
		rows = append(rows, row.record())
	}
	return writeCSV(w, rows)
}

// The JSON export mirrors the GraphQL names and figures.
type (
	exportReport struct {
		Collaboration exportCollab    `json:"collaboration"`
		GeneratedAt   time.Time       `json:"generatedAt"`
		Outcomes      []exportOutcome `json:"outcomes"`
		Totals        []exportTotal   `json:"totals"`
		Members       []exportMember  `json:"members"`
		Monthly       []exportPoint   `json:"monthly"`
	}
	exportCollab struct {
		ID         string `json:"id"`
		Slug       string `json:"slug"`
		Title      string `json:"title"`
		Goal       string `json:"goal"`
		Status     string `json:"status"`
		Visibility string `json:"visibility"`
	}
	exportOutcome struct {
		ID           string              `json:"id"`
		Name         string              `json:"name"`
		Unit         string              `json:"unit"`
		Baseline     float64             `json:"baseline"`
		Target       float64             `json:"target"`
		Direction    string              `json:"direction"`
		DueAt        *time.Time          `json:"dueAt"`
		CreatedAt    time.Time           `json:"createdAt"`
		Values       []string            `json:"values"`
		Latest       *exportMeasurement  `json:"latest"`
		Progress     *exportProgress     `json:"progress"`
		OnTrack      *bool               `json:"onTrack"`
		ElapsedShare *float64            `json:"elapsedShare"`
		Measurements []exportMeasurement `json:"measurements"`
	}
	exportProgress struct {
		Raw     float64 `json:"raw"`
		Clamped float64 `json:"clamped"`
	}
	exportMeasurement struct {
		ID           string    `json:"id"`
		Value        float64   `json:"value"`
		MeasuredAt   time.Time `json:"measuredAt"`
		EvidenceURL  string    `json:"evidenceUrl"`
		EvidenceNote string    `json:"evidenceNote"`
		RecordedBy   *string   `json:"recordedBy"`
		// RecordedByLabel names the recorder: their name if they chose to be named, else "Member N".
		RecordedByLabel string  `json:"recordedByLabel"`
		SupersedesID    *string `json:"supersedesId"`
		Current         bool    `json:"current"`
		Attestations    int     `json:"attestations"`
	}
	exportTotal struct {
		Kind         domain.ResourceKind `json:"kind"`
		Unit         string              `json:"unit"`
		Currency     *string             `json:"currency"`
		Amount       string              `json:"amount"`
		Confirmed    string              `json:"confirmed"`
		Contributors int                 `json:"contributors"`
		LargestShare *float64            `json:"largestShare,omitempty"`
	}
	exportMember struct {
		// Person is their handle when they chose to be named in reports, else null.
		Person *string `json:"person"`
		// Label is their name when they chose to be named, else "Member N".
		Label string        `json:"label"`
		Given []exportTotal `json:"given"`
	}
	exportPoint struct {
		Month time.Time `json:"month"`
		exportTotal
	}
)

func exportTotalOf(t ledger.Total, share bool) exportTotal {
	out := exportTotal{Kind: t.Kind, Unit: t.Unit, Amount: domain.FormatSum(t.Kind, t.Currency, t.All),
		Confirmed: domain.FormatSum(t.Kind, t.Currency, t.Confirmed), Contributors: t.Contributors}
	if t.Currency != "" {
		c := t.Currency
		out.Currency = &c
	}
	if share {
		s := t.LargestShare
		out.LargestShare = &s
	}
	return out
}

// optHandle is the handle of a person of the report who chose to be named in reports.
func optHandle(rep *impact.ImpactReport, id int64) *string {
	if p := rep.Labels.Named(id); p != nil {
		return &p.Handle
	}
	return nil
}

func impactJSON(rep *impact.ImpactReport) exportReport {
	c := rep.Collaboration
	out := exportReport{
		Collaboration: exportCollab{ID: relay.ID(relay.TypeCollab, c.ID), Slug: c.Slug, Title: c.Title, Goal: c.Goal, Status: string(c.Status), Visibility: string(c.Visibility)},
		GeneratedAt:   rep.GeneratedAt, Outcomes: []exportOutcome{}, Totals: []exportTotal{}, Members: []exportMember{}, Monthly: []exportPoint{},
	}
	for _, o := range rep.Outcomes {
		eo := exportOutcome{ID: relay.ID(relay.TypeOutcome, o.Outcome.ID), Name: o.Outcome.Name, Unit: o.Outcome.Unit, Baseline: o.Outcome.Baseline,
			Target: o.Outcome.Target, Direction: string(o.Outcome.Direction), DueAt: o.Outcome.DueAt, CreatedAt: o.Outcome.CreatedAt.UTC(),
			Values: []string{}, OnTrack: o.Status.OnTrack, ElapsedShare: o.ElapsedShare, Measurements: []exportMeasurement{}}
		if p := o.Status.Progress; p != nil {
			eo.Progress = &exportProgress{Raw: p.Raw, Clamped: p.Clamped}
		}
		for _, id := range o.ValueIDs {
			if v := rep.Values[id]; v != nil {
				eo.Values = append(eo.Values, v.Slug)
			}
		}
		for _, m := range o.Measurements {
			em := exportMeasurement{ID: relay.ID(relay.TypeMeasurement, m.ID), Value: m.Value, MeasuredAt: m.MeasuredAt.UTC(), EvidenceURL: m.EvidenceURL,
				EvidenceNote: m.EvidenceNote, RecordedBy: optHandle(rep, m.RecordedByID), RecordedByLabel: rep.Labels.Of(m.RecordedByID), Current: !m.Superseded, Attestations: m.Attestations}
			if m.SupersedesID != nil {
				s := relay.ID(relay.TypeMeasurement, *m.SupersedesID)
				em.SupersedesID = &s
			}
			if o.Status.Latest != nil && o.Status.Latest.ID == m.ID {
				latest := em
				eo.Latest = &latest
			}
			eo.Measurements = append(eo.Measurements, em)
		}
		out.Outcomes = append(out.Outcomes, eo)
	}
	for _, t := range rep.Impact.Totals {
		out.Totals = append(out.Totals, exportTotalOf(t, true))
	}
	for _, m := range rep.Impact.ByMember {
		em := exportMember{Person: optHandle(rep, m.PersonID), Label: rep.Labels.Of(m.PersonID), Given: []exportTotal{}}
		for _, t := range m.Given {
			em.Given = append(em.Given, exportTotalOf(t, false))
		}
		out.Members = append(out.Members, em)
	}
	for _, p := range rep.Impact.Monthly {
		t := ledger.Total{Kind: p.Kind, Unit: p.Unit, Currency: p.Currency, All: p.All, Confirmed: p.Confirmed, Contributors: p.Contributors}
		out.Monthly = append(out.Monthly, exportPoint{Month: p.Month, exportTotal: exportTotalOf(t, false)})
	}
	return out
}

// myDataExport serves everything Kindred keeps about the signed-in person as a JSON
// download (signed-in sessions only, not access tokens).
func (a *app) myDataExport() http.Handler {
	return a.withViewer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, err := a.service.ExportMyData(r.Context())
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		h := w.Header()
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "kindred-my-data-" + d.Profile.Handle + ".json"}))
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Type", "application/json; charset=utf-8")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(d); err != nil {
			a.log.WarnContext(r.Context(), "data export cut short", "err", err)
		}
	}))
}
