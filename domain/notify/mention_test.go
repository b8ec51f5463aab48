package notify_test

import (
	"strconv"
	"strings"
	"testing"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain/notify"
	"kindred/domain/talk"
	"kindred/mail/mailtest"
)

// TestMentionMail: a mention is mailed at once by default, linking to the thread; who
// chose a digest or never gets no mail at once, and the notification stays either way.
func TestMentionMail(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db, true)
		w := f.community(t, nil)
		f.prefer(t, w.cyC, notify.MailMention, notify.CadenceNever)
		th, err := f.svc.StartThread(w.boC, w.c.ID, talk.ThreadInput{Title: "Sunday rota", Body: "@amara, @cyd: who takes Sunday?"})
		if err != nil {
			t.Fatal(err)
		}
		var got []mailtest.Parsed
		for _, m := range f.mails(t) {
			if strings.Contains(subject(m), "mentioned") {
				got = append(got, m)
			}
		}
		if len(got) != 1 {
			t.Fatalf("got %d mails, want one to amara", len(got))
		}
		checkMail(t, got[0], "amara@", "Bob mentioned you in “Sunday rota” in Community fridge",
			"https://kindred.test/c/community-fridge/talk/"+strconv.FormatInt(th.ID, 10))
	})
}
