package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"kindred/database/dbtest"
)

func getCalendar(t *testing.T, url string) (int, string, string) {
	t.Helper()
	res, err := http.Get(url) //nolint:gosec,noctx // the test server's own URL
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(b)
}

// TestCalendarRoutes: a gathering's .ics is served to whoever may read it; a private
// feed by its token, until it is revoked.
func TestCalendarRoutes(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			a := startServer(t, dialect)
			steward := a.client(t)
			signUp(t, steward, "amara")
			cid := fridge(t, steward, "")
			day := a.clock.Now().AddDate(0, 0, 3).Format("2006-01-02")
			var planned struct {
				PlanGathering struct{ Gathering struct{ ID, IcsURL string } }
			}
			steward.ok(`mutation($c: ID!, $s: String!, $e: String!) { planGathering(input: {collaborationId: $c, title: "Volunteer day",
				localStart: $s, localEnd: $e, timeZone: "America/New_York", place: "The fridge", capacity: 4}) { gathering { id icsUrl } } }`,
				map[string]any{"c": cid, "s": day + "T09:30", "e": day + "T12:00"}, &planned)
			g := planned.PlanGathering.Gathering
			steward.ok(`mutation($g: ID!) { rsvpGathering(input: {gatheringId: $g, status: GOING}) { gathering { goingCount } } }`, map[string]any{"g": g.ID}, nil)

			status, ctype, body := getCalendar(t, g.IcsURL)
			if status != http.StatusOK || !strings.HasPrefix(ctype, "text/calendar") || !strings.Contains(body, "DTSTART;TZID=America/New_York:"+strings.ReplaceAll(day, "-", "")+"T093000") {
				t.Errorf("gathering .ics: got %d %s\n%s", status, ctype, body)
			}
			if status, _, _ := getCalendar(t, a.url+"/calendar/gatherings/999999.ics"); status != http.StatusNotFound {
				t.Errorf("unknown gathering: got %d, want 404", status)
			}

			var feed struct {
				RegenerateCalendarFeed struct{ URL string }
			}
			steward.ok(`mutation { regenerateCalendarFeed(input: {}) { url feed { createdAt } } }`, nil, &feed)
			url := feed.RegenerateCalendarFeed.URL
			if status, _, body := getCalendar(t, url); status != http.StatusOK || !strings.Contains(body, "SUMMARY:Volunteer day") {
				t.Errorf("feed: got %d\n%s", status, body)
			}
			steward.ok(`mutation { revokeCalendarFeed(input: {}) { revoked } }`, nil, nil)
			if status, _, _ := getCalendar(t, url); status != http.StatusNotFound {
				t.Errorf("revoked feed: got %d, want 404", status)
			}
		})
	}
}
