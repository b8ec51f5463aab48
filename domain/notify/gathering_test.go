package notify_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/gather"
	"kindred/mail/mailtest"
)

// TestGatheringUpdateMail: moving up from a waiting list and a cancellation are mailed at
// once by default (GATHERING_UPDATE), to the person concerned only, linking to the gathering.
func TestGatheringUpdateMail(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db, true)
		w := f.community(t, nil)
		day := f.clock.Now().AddDate(0, 0, 2).Format("2006-01-02")
		one := 1
		g, err := f.svc.PlanGathering(w.amaraC, w.c.ID, gather.Input{Title: "Volunteer day", LocalStart: day + "T10:00", LocalEnd: day + "T12:00",
			TimeZone: "Europe/Amsterdam", Place: "The fridge", Capacity: &one})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.RSVP(w.boC, g.ID, domain.RSVPGoing); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.RSVP(w.cyC, g.ID, domain.RSVPGoing); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.RSVP(w.boC, g.ID, domain.RSVPNotGoing); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.CancelGathering(w.amaraC, g.ID); err != nil {
			t.Fatal(err)
		}
		link := "https://kindred.test/c/community-fridge/gatherings/" + strconv.FormatInt(g.ID, 10)
		var moved, cancelled []mailtest.Parsed
		for _, m := range f.mails(t) {
			switch s := subject(m); {
			case strings.HasPrefix(s, "A place opened"):
				moved = append(moved, m)
			case strings.Contains(s, "was cancelled"):
				cancelled = append(cancelled, m)
			}
		}
		if len(moved) != 1 || len(cancelled) != 1 {
			t.Fatalf("got %d moved-up and %d cancellation mails, want one each to cyd", len(moved), len(cancelled))
		}
		checkMail(t, moved[0], "cyd@", "A place opened: you are going to “Volunteer day”", link)
		checkMail(t, cancelled[0], "cyd@", "“Volunteer day” in Community fridge was cancelled", link)
	})
}

// TestGatheringMailInTheirLanguage: a person who chose Spanish gets the cancellation in
// Spanish, with the time written in Spanish and in their own time zone.
func TestGatheringMailInTheirLanguage(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db, true)
		w := f.community(t, map[string]string{"cyd": "America/New_York"})
		if err := db.Model(&domain.Person{ID: w.cy.ID}).Update("locale", "es").Error; err != nil {
			t.Fatal(err)
		}
		// The next 12 December from the test clock: Amsterdam and New York both keep standard
		// time then, six hours apart.
		now := f.clock.Now()
		day := time.Date(now.Year(), time.December, 12, 16, 0, 0, 0, time.UTC)
		if !day.After(now.Add(48 * time.Hour)) {
			day = day.AddDate(1, 0, 0)
		}
		date := day.Format("2006-01-02")
		weekday := [...]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"}[day.Weekday()]
		g, err := f.svc.PlanGathering(w.amaraC, w.c.ID, gather.Input{Title: "Volunteer day", LocalStart: date + "T16:00", LocalEnd: date + "T18:00",
			TimeZone: "Europe/Amsterdam", Place: "The fridge"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.RSVP(w.cyC, g.ID, domain.RSVPGoing); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.CancelGathering(w.amaraC, g.ID); err != nil {
			t.Fatal(err)
		}
		for _, m := range f.mails(t) {
			if s := subject(m); strings.Contains(s, "Volunteer day") {
				text := m.Parts["text/plain"]
				if s != "«Volunteer day» en Community fridge se ha cancelado" || !strings.Contains(text, "Hola, Cyd:") ||
					!strings.Contains(text, fmt.Sprintf("prevista para el %s 12 dic %d, 10:00 (America/New_York).", weekday, day.Year())) {
					t.Errorf("got %q: %s", s, text)
				}
				return
			}
		}
		t.Fatal("cyd got no mail about the gathering")
	})
}
