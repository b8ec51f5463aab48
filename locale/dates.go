package locale

import (
	"fmt"
	"time"
)

// dateWords are each language's abbreviated weekdays (Sunday first) and months, as
// CLDR writes them in a date such as "Sat 12 Dec 2026".
var dateWords = map[string]struct {
	days   [7]string
	months [12]string
}{
	"en": {[7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		[12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}},
	"es": {[7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		[12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"}},
	"fr": {[7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		[12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}},
	"nl": {[7]string{"zo", "ma", "di", "wo", "do", "vr", "za"},
		[12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}},
}

// Date writes t's day in loc for l's language: "Sat 12 Dec 2026", "sáb 12 dic 2026".
func (l *Localizer) Date(t time.Time, loc *time.Location) string {
	w, ok := dateWords[Code(l.Tag)]
	if !ok {
		w = dateWords["en"]
	}
	t = t.In(loc)
	return fmt.Sprintf("%s %d %s %d", w.days[t.Weekday()], t.Day(), w.months[t.Month()-1], t.Year())
}

// DateTime writes t in loc for l's language, with the 24-hour clock all four use in
// writing and the zone's name: "Sat 12 Dec 2026, 10:00 (Europe/Paris)".
func (l *Localizer) DateTime(t time.Time, loc *time.Location) string {
	return l.Date(t, loc) + ", " + t.In(loc).Format("15:04") + " (" + loc.String() + ")"
}
