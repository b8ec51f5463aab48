package domain

import (
	"strings"
	"time"
	_ "time/tzdata" // zone names resolve on machines without a zoneinfo database

	"gorm.io/gorm"
)

// Recurrence is how often a recurring commitment's quantity falls due; empty for a
// one-off commitment.
type Recurrence string

// The recurrences.
const (
	RecurNone  Recurrence = ""
	RecurWeek  Recurrence = "WEEK"
	RecurMonth Recurrence = "MONTH"
)

// DateLayout is how a local date is written and stored.
const DateLayout = "2006-01-02"

// Period is one period of a recurring commitment: [Start, End) in the collaboration's
// zone, and what is due in it. A period is a calendar week (Monday to Sunday) or a
// calendar month, cut by the commitment's first and last day; a cut period is due pro
// rata by days (see ProRata).
type Period struct {
	Start, End time.Time
	Amount     int64
}

// Due reports whether the period has ended by now: only then does it count.
func (p Period) Due(now time.Time) bool { return !now.Before(p.End) }

// LastDay is the period's last local date.
func (p Period) LastDay() time.Time { return p.End.AddDate(0, 0, -1) }

// ParseDate reads a local date ("2006-01-02") as midnight in loc.
func ParseDate(field, s string, loc *time.Location) (time.Time, error) {
	d, err := time.ParseInLocation(DateLayout, strings.TrimSpace(s), loc)
	if err != nil {
		return time.Time{}, Invalid(field, "%q is not a date; write it as YYYY-MM-DD.", s)
	}
	return d, nil
}

// LoadZone returns the named IANA zone, UTC when it is empty or unknown.
func LoadZone(name string) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil && name != "" {
		return loc
	}
	return time.UTC
}

// Midnight is the local midnight that starts t's day in loc.
func Midnight(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// days counts the calendar days from local midnight a to local midnight b (not 24-hour
// spans: a day of a clock change is one day).
func days(a, b time.Time) int64 {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return int64(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC).Sub(time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour))
}

// calendarPeriod returns the calendar week or month that holds the local midnight d.
func calendarPeriod(r Recurrence, d time.Time) (start, end time.Time) {
	y, m, day := d.Date()
	if r == RecurWeek {
		back := (int(d.Weekday()) + 6) % 7 // days since Monday
		start = time.Date(y, m, day-back, 0, 0, 0, 0, d.Location())
		return start, time.Date(y, m, day-back+7, 0, 0, 0, 0, d.Location())
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, d.Location()), time.Date(y, m+1, 1, 0, 0, 0, 0, d.Location())
}

// ProRata is quantity for a period cut to part of its days, rounded half up to the
// unit's step: 4 h a month from the 16th of a 30-day month is 2 h.
func ProRata(quantity, part, whole int64) int64 {
	if part >= whole {
		return quantity
	}
	return (2*quantity*part + whole) / (2 * whole)
}

// TermsAt returns what the period of c that begins at s owes in full and the zone it
// follows: those of the first of terms (ordered by UntilAt) that it begins before, else c's
// quantity and loc, the collaboration's zone now.
func TermsAt(c *Commitment, loc *time.Location, terms []CommitmentTerms, s time.Time) (int64, *time.Location) {
	for _, t := range terms {
		if s.Before(t.UntilAt) {
			return t.Quantity, LoadZone(t.TimeZone)
		}
	}
	return c.Quantity, loc
}

// nearestMidnight is the local midnight in loc nearest to t. A period after a change of
// zone begins where the one before ended, which need not be a midnight in the new zone;
// it runs to the end of the calendar period of the nearest day, never for a sliver.
func nearestMidnight(t time.Time, loc *time.Location) time.Time {
	d := Midnight(t, loc)
	if t.In(loc).Hour() >= 12 {
		y, m, day := d.Date()
		d = time.Date(y, m, day+1, 0, 0, 0, 0, loc)
	}
	return d
}

// PeriodsOf returns the periods of a recurring commitment c that have begun by now, oldest
// first; nil for a one-off commitment. The last one may still run. Each period begins where
// the one before ended and follows the terms in force when it began (TermsAt): loc, the
// collaboration's zone now, and c's quantity, unless terms kept from before a change say
// otherwise.
func PeriodsOf(c *Commitment, loc *time.Location, terms []CommitmentTerms, now time.Time) []Period {
	if c.Period == RecurNone || c.StartsOn == nil {
		return nil
	}
	_, loc0 := TermsAt(c, loc, terms, time.Time{})
	first, err := time.ParseInLocation(DateLayout, *c.StartsOn, loc0)
	if err != nil {
		return nil
	}
	var out []Period
	for s := first; !s.After(now); {
		q, z := TermsAt(c, loc, terms, s)
		d := nearestMidnight(s, z)
		start, end := calendarPeriod(c.Period, d)
		from, to := start, end
		if len(out) == 0 {
			from = d // cut by the first day
		}
		if c.EndsOn != nil {
			last, err := time.ParseInLocation(DateLayout, *c.EndsOn, z)
			if err != nil {
				return nil
			}
			if stop := last.AddDate(0, 0, 1); stop.Before(to) {
				to = stop
			}
		}
		if !d.Before(to) || !s.Before(to) {
			break // ended (by its last day in the zone it follows), or cancelled before its first day
		}
		out = append(out, Period{Start: s.In(z), End: to, Amount: ProRata(q, max(0, days(from, to)), days(start, end))})
		s = to
	}
	return out
}

// TermsOf loads the kept terms of the commitments ids, each one's ordered by UntilAt.
func TermsOf(tx *gorm.DB, ids []int64) (map[int64][]CommitmentTerms, error) {
	out := map[int64][]CommitmentTerms{}
	if len(ids) == 0 {
		return out, nil
	}
	var rows []CommitmentTerms
	if err := tx.Where("commitment_id IN ?", ids).Order("commitment_id, until_at").Find(&rows).Error; err != nil {
		return nil, DBErr(err, "commitment terms")
	}
	for _, r := range rows {
		out[r.CommitmentID] = append(out[r.CommitmentID], r)
	}
	return out, nil
}

// ValidateZone checks an IANA time zone name ("Europe/Paris") and returns it; empty is UTC.
func ValidateZone(field, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "UTC", nil
	}
	// LoadLocation also reads files; a name is letters, digits and _ + - / only.
	if len(name) > 64 || strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return "", Invalid(field, "%q is not a time zone; use an IANA name such as Europe/Paris.", name)
	}
	if _, err := time.LoadLocation(name); err != nil || strings.EqualFold(name, "local") {
		return "", Invalid(field, "%q is not a time zone; use an IANA name such as Europe/Paris.", name)
	}
	return name, nil
}
