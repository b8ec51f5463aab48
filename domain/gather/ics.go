package gather

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"kindred/domain"
)

// Event is one gathering as a calendar shows it.
type Event struct {
	Gathering *domain.Gathering
	// Collab is its collaboration's title; URL its page in the web app.
	Collab, URL string
}

// icsLocal is a local date-time of RFC 5545 (a DATE-TIME with a TZID).
const icsLocal = "20060102T150405"

// WriteICS returns an RFC 5545 calendar of events: each VEVENT starts and ends at its
// local time with the TZID of the gathering's zone, and each zone used is defined by a
// VTIMEZONE whose STANDARD and DAYLIGHT parts are the zone's transitions (from Go's
// time zone database) around the events. host makes the UIDs unique to this site.
func WriteICS(name, host string, events []Event) (string, error) {
	cal := ics.NewCalendarFor("Kindred")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName(name)
	cal.SetXWRCalName(name)
	spans := map[string][2]time.Time{}
	var zones []string
	for _, e := range events {
		g := e.Gathering
		sp, ok := spans[g.TimeZone]
		if !ok {
			zones = append(zones, g.TimeZone)
			sp = [2]time.Time{g.StartsAt, g.EndsAt}
		}
		if g.StartsAt.Before(sp[0]) {
			sp[0] = g.StartsAt
		}
		if g.EndsAt.After(sp[1]) {
			sp[1] = g.EndsAt
		}
		spans[g.TimeZone] = sp
	}
	for _, z := range zones {
		if err := addTimezone(cal, z, spans[z][0], spans[z][1]); err != nil {
			return "", err
		}
	}
	for _, e := range events {
		g := e.Gathering
		loc, err := time.LoadLocation(g.TimeZone)
		if err != nil {
			return "", fmt.Errorf("%w: %q", errBadZone, g.TimeZone)
		}
		ev := cal.AddEvent("gathering-" + strconv.FormatInt(g.ID, 10) + "@" + host)
		ev.SetDtStampTime(g.UpdatedAt)
		ev.SetModifiedAt(g.UpdatedAt)
		ev.SetSequence(int(g.UpdatedAt.Unix() - g.CreatedAt.Unix()))
		ev.SetProperty(ics.ComponentPropertyDtStart, g.StartsAt.In(loc).Format(icsLocal), ics.WithTZID(g.TimeZone))
		ev.SetProperty(ics.ComponentPropertyDtEnd, g.EndsAt.In(loc).Format(icsLocal), ics.WithTZID(g.TimeZone))
		ev.SetSummary(g.Title)
		desc := g.Description
		if e.Collab != "" {
			desc = strings.TrimSpace("A gathering of " + e.Collab + ".\n\n" + desc)
		}
		if g.OnlineURL != "" {
			desc += "\n\nOnline: " + g.OnlineURL
		}
		ev.SetDescription(desc)
		switch {
		case g.Place != "":
			ev.SetLocation(g.Place)
		case g.OnlineURL != "":
			ev.SetLocation(g.OnlineURL)
		}
		if e.URL != "" {
			ev.SetURL(e.URL)
		}
		if g.CancelledAt != nil {
			ev.SetStatus(ics.ObjectStatusCancelled)
		} else {
			ev.SetStatus(ics.ObjectStatusConfirmed)
		}
	}
	return cal.Serialize(), nil
}

// addTimezone defines zone name by its offsets over [from, to]: a part for the offset in
// force a year before from, then one per transition until a year after to. A zone
// without transitions there is one STANDARD part.
func addTimezone(cal *ics.Calendar, name string, from, to time.Time) error {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return fmt.Errorf("%w: %q", errBadZone, name)
	}
	tz := cal.AddTimezone(name)
	start, end := from.AddDate(-1, 0, 0).In(loc), to.AddDate(1, 0, 0)
	zoneStart, zoneEnd := start.ZoneBounds()
	_, prevOffset := start.Zone()
	// The first part: the offset in force at start, as if since then.
	first := zoneStart
	if first.IsZero() {
		first = start
	}
	add := func(at time.Time, fromOffset int) {
		t := at.In(loc)
		abbr, offset := t.Zone()
		var part *ics.ComponentBase
		if t.IsDST() {
			d := &ics.Daylight{}
			tz.Components = append(tz.Components, d)
			part = &d.ComponentBase
		} else {
			s := tz.AddStandard()
			part = &s.ComponentBase
		}
		// DTSTART of a part is the local time of the onset, in the offset before it.
		part.SetProperty(ics.ComponentPropertyDtStart, at.UTC().Add(time.Duration(fromOffset)*time.Second).Format(icsLocal))
		part.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), formatOffset(fromOffset))
		part.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), formatOffset(offset))
		if abbr != "" && !strings.ContainsAny(abbr, "+-") {
			part.SetProperty(ics.ComponentProperty(ics.PropertyTzname), abbr)
		}
	}
	add(first, prevOffset)
	for !zoneEnd.IsZero() && zoneEnd.Before(end) {
		next := zoneEnd.In(loc)
		add(zoneEnd, prevOffset)
		_, prevOffset = next.Zone()
		_, zoneEnd = next.ZoneBounds()
	}
	return nil
}

// formatOffset writes seconds east of UTC as RFC 5545's UTC-OFFSET, +0100 or -0430.
func formatOffset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	s := fmt.Sprintf("%s%02d%02d", sign, sec/3600, sec/60%60)
	if sec%60 != 0 {
		s += fmt.Sprintf("%02d", sec%60)
	}
	return s
}
