package notify_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/notify"
	"kindred/mail/mailtest"
)

// digests returns the digests received so far, as mails does.
func (f *fixture) digests(t *testing.T) []mailtest.Parsed {
	t.Helper()
	var out []mailtest.Parsed
	for _, m := range f.mails(t) {
		if strings.Contains(subject(m), "Kindred digest") {
			out = append(out, m)
		}
	}
	return out
}

func (f *fixture) sendDigests(t *testing.T, want int) {
	t.Helper()
	n, err := f.svc.SendDigests(context.Background())
	if err != nil || n != want {
		t.Fatalf("at %s: got %d digests, %v; want %d", f.clock.Now().Format(time.RFC3339), n, err, want)
	}
}

// TestSendDigests: a digest holds exactly the items of its period, once, and goes out
// after the digest hour of the person's own time zone.
func TestSendDigests(t *testing.T) {
	t.Parallel()
	t.Run("daily_holds_exactly_the_days_items", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil) // all in UTC; contributions to confirm are daily by default
			f.contribute(t, w.boC, w.c)
			f.contribute(t, w.cyC, w.c) // amara has two, bo one, cyd one, all on day 1 at noon
			f.sendDigests(t, 0)         // day 1's digest went out at 08:00, before these
			f.clock.Set(clocktest.Day(2, 7))
			f.sendDigests(t, 0) // not yet 08:00
			f.clock.Set(clocktest.Day(2, 8).Add(30 * time.Minute))
			f.sendDigests(t, 3)
			f.sendDigests(t, 0) // once
			got := f.digests(t)
			if len(got) != 3 {
				t.Fatalf("got %d mails, want 3", len(got))
			}
			amara := got[0]
			checkMail(t, amara, "amara@", "Your daily Kindred digest: 2 new", "https://kindred.test/dashboard")
			text := amara.Parts["text/plain"]
			for _, want := range []string{"Community fridge\r\n- Bob logged a contribution", "- Cyd logged a contribution",
				"What waits for you:\r\n- 2 contributions to confirm: https://kindred.test/dashboard", "commitments due and decisions due for review daily"} {
				if !strings.Contains(text, want) {
					t.Errorf("amara's digest %q lacks %q", text, want)
				}
			}
			if html := amara.Parts["text/html"]; !strings.Contains(html, "<h2") || !strings.Contains(html, "2 contributions to confirm") {
				t.Errorf("got html %q", html)
			}
			// Something after the digest hour waits for the next day's digest.
			f.clock.Set(clocktest.Day(2, 9))
			f.contribute(t, w.cyC, w.c)
			f.sendDigests(t, 0)
			f.clock.Set(clocktest.Day(3, 8).Add(time.Minute))
			f.sendDigests(t, 2) // amara and bo
			got = f.digests(t)
			if len(got) != 3+2 || subject(got[0]) != "Your daily Kindred digest: 1 new" || !strings.Contains(got[0].Parts["text/plain"], "Cyd logged") {
				t.Errorf("got %d mails, amara's first %q", len(got), subject(got[0]))
			}
		})
	})
	t.Run("time_zones_decide_when", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			// Tokyo is UTC+9 and Bogotá UTC−5, neither with summer time.
			w := f.community(t, map[string]string{"amara": "Asia/Tokyo", "bob": "America/Bogota", "cyd": "UTC"})
			f.prefer(t, w.cyC, notify.MailContributionToConfirm, notify.CadenceNever)
			f.contribute(t, w.cyC, w.c) // day 1, 12:00 UTC: 21:00 in Tokyo, 07:00 in Bogotá
			f.clock.Set(clocktest.Day(1, 12).Add(30 * time.Minute))
			f.sendDigests(t, 0)
			f.clock.Set(clocktest.Day(1, 13).Add(time.Minute)) // 08:01 in Bogotá
			f.sendDigests(t, 1)
			if got := f.digests(t); len(got) != 1 || !strings.Contains(got[0].Header.Get("To"), "bob@") {
				t.Fatalf("got %d mails, want bob's digest", len(got))
			}
			f.clock.Set(clocktest.Day(1, 22).Add(59 * time.Minute)) // 07:59 in Tokyo
			f.sendDigests(t, 0)
			f.clock.Set(clocktest.Day(1, 23)) // 08:00 in Tokyo
			f.sendDigests(t, 1)
			if got := f.digests(t); len(got) != 2 || !strings.Contains(got[0].Header.Get("To"), "amara@") {
				t.Fatalf("got %d mails, want amara's digest too", len(got))
			}
		})
	})
	t.Run("weekly_on_monday", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil)
			f.prefer(t, w.amaraC, notify.MailContributionToConfirm, notify.CadenceWeekly)
			f.prefer(t, w.boC, notify.MailContributionToConfirm, notify.CadenceNever)
			f.contribute(t, w.cyC, w.c)
			// The next Monday after day 1, 08:00 UTC.
			days := 1
			for clocktest.Day(days, 8).Weekday() != time.Monday || !clocktest.Day(days, 8).After(f.clock.Now()) {
				days++
			}
			f.clock.Set(clocktest.Day(days, 7))
			f.sendDigests(t, 0)
			f.clock.Set(clocktest.Day(days, 8))
			f.sendDigests(t, 1)
			f.clock.Set(clocktest.Day(days+1, 8))
			f.sendDigests(t, 0)
			if got := f.digests(t); len(got) != 1 || subject(got[0]) != "Your weekly Kindred digest: 1 new" {
				t.Fatalf("got %d mails, want amara's weekly digest", len(got))
			}
		})
	})
	t.Run("unsubscribed_kinds_stay_out", func(t *testing.T) {
		dbtest.Each(t, func(t *testing.T, db *database.DB) {
			f := newFixture(t, db, true)
			w := f.community(t, nil)
			for _, ctx := range []context.Context{w.amaraC, w.boC, w.cyC} {
				f.prefer(t, ctx, notify.MailContributionToConfirm, notify.CadenceNever)
			}
			f.contribute(t, w.cyC, w.c)
			f.clock.Set(clocktest.Day(2, 9))
			f.sendDigests(t, 0)
			var unmailed int64
			db.Model(&domain.Notification{}).Where("kind = ? AND mailed_at IS NULL", domain.NotifyContributionToConfirm).Count(&unmailed)
			if unmailed != 2 {
				t.Errorf("got %d unmailed, want the 2 in-app notifications kept", unmailed)
			}
		})
	})
}
