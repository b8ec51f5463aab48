package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/notify"
)

// TestMailPreferencesGraph: the viewer reads and sets their mail preferences and time
// zone; others see neither; a bad time zone is BAD_USER_INPUT.
func TestMailPreferencesGraph(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		var people []*domain.Person
		for _, handle := range []string{"amara", "bob-chen"} {
			s, err := svc.SignUp(context.Background(), accounts.SignUpInput{Handle: handle, DisplayName: handle, Email: handle + "@example.org",
				Password: "a long passphrase", TimeZone: "Asia/Tokyo"})
			if err != nil {
				t.Fatal(err)
			}
			people = append(people, s.Person)
		}
		amara := client.New(asViewer(h, people[0]))
		var set struct {
			SetMailPreference struct {
				MailPreferences []struct{ Kind, Cadence string }
			}
		}
		amara.MustPost(`mutation { setMailPreference(input: {kind: PROPOSAL_DECIDED, cadence: NEVER}) { mailPreferences { kind cadence } } }`, &set)
		got := map[string]string{}
		for _, p := range set.SetMailPreference.MailPreferences {
			got[p.Kind] = p.Cadence
		}
		if len(got) != len(notify.MailKinds) || got["MENTION"] != "IMMEDIATE" || got["PROPOSAL_DECIDED"] != "NEVER" || got["INVITATION"] != "IMMEDIATE" || got["COMMITMENT_DUE"] != "DAILY" {
			t.Errorf("got %v", got)
		}
		var upd struct {
			UpdateProfile struct{ Person struct{ TimeZone string } }
		}
		amara.MustPost(`mutation { updateProfile(input: {timeZone: "Europe/Paris"}) { person { timeZone } } }`, &upd)
		if upd.UpdateProfile.Person.TimeZone != "Europe/Paris" {
			t.Errorf("got time zone %q", upd.UpdateProfile.Person.TimeZone)
		}
		resp, err := amara.RawPost(`mutation { updateProfile(input: {timeZone: "Mars/Olympus"}) { person { timeZone } } }`)
		if err != nil || !strings.Contains(string(resp.Errors), "BAD_USER_INPUT") {
			t.Errorf("a bad time zone: got %s, %v", resp.Errors, err)
		}
		fresh, err := domain.PersonByID(context.Background(), db.DB, people[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		amara = client.New(asViewer(h, fresh)) // as the server reads the viewer on each request
		q := `query($h: String!) { viewer { timeZone mailPreferences { kind cadence } } person(handle: $h) { timeZone mailPreferences { kind } } }`
		var read struct {
			Viewer struct {
				TimeZone        string
				MailPreferences []struct{ Kind, Cadence string }
			}
			Person struct {
				TimeZone        *string
				MailPreferences []struct{ Kind string }
			}
		}
		resp, err = amara.RawPost(q, client.Var("h", "bob-chen"))
		if err != nil || len(resp.Errors) > 0 {
			t.Fatalf("%s %v", resp.Errors, err)
		}
		b, _ := json.Marshal(resp.Data)
		if err := json.Unmarshal(b, &read); err != nil {
			t.Fatal(err)
		}
		if read.Viewer.TimeZone != "Europe/Paris" || len(read.Viewer.MailPreferences) != len(notify.MailKinds) || read.Person.TimeZone != nil || read.Person.MailPreferences != nil {
			t.Errorf("got %+v", read)
		}
	})
}
