package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"kindred/domain/notify"
	"kindred/jobs/jobstest"
)

// TestOneClickUnsubscribe: the List-Unsubscribe URL of a mail, posted as RFC 8058 says and
// without a session, stops that kind of mail; a forged token is refused.
func TestOneClickUnsubscribe(t *testing.T) {
	srv := startServerArgs(t, "sqlite", "--dev-mailbox")
	amara, bo := srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	signUp(t, bo, "bo-chen")
	// Only a confirmed address gets notification mail: amara follows her confirmation link.
	var mails []struct{ ToAddress, Subject, TextBody, Unsubscribe string }
	mailbox := func() {
		resp, err := http.Get(srv.url + "/dev/mailbox?format=json")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		mails = nil
		_ = json.NewDecoder(resp.Body).Decode(&mails)
	}
	token := ""
	jobstest.Eventually(t, 10*time.Second, "amara's confirmation mail did not arrive", func() bool {
		mailbox()
		for _, m := range mails {
			if m.ToAddress == "amara@example.org" && strings.Contains(m.TextBody, "/verify-email?token=") {
				rest := m.TextBody[strings.Index(m.TextBody, "/verify-email?token=")+len("/verify-email?token="):]
				token = strings.Fields(rest)[0]
				return true
			}
		}
		return false
	})
	amara.ok(`mutation($t: String!) { verifyEmail(input: {token: $t}) { __typename } }`, map[string]any{"t": token}, nil)
	vals := valueIDs(t, bo, 1)
	var created struct {
		CreateCollaboration struct{ Collaboration struct{ ID string } }
	}
	amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Fridge", goal: "Rescue food together.", remote: true,
		values: [{valueId: $v, weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id } } }`, map[string]any{"v": vals[0]}, &created)
	bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`,
		map[string]any{"c": created.CreateCollaboration.Collaboration.ID}, nil)
	var joinMail struct{ ToAddress, Subject, TextBody, Unsubscribe string }
	jobstest.Eventually(t, 10*time.Second, "the join request mail did not arrive", func() bool {
		mailbox()
		for _, m := range mails {
			if strings.Contains(m.Subject, "asked to join") {
				joinMail = m
				return true
			}
		}
		return false
	})
	if joinMail.ToAddress != "amara@example.org" || !strings.Contains(joinMail.Unsubscribe, "/unsubscribe?token=") {
		t.Fatalf("got %+v", joinMail)
	}
	post := func(u string) (int, string) {
		resp, err := http.Post(u, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct{ Kind string }
		_ = json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body.Kind
	}
	if status, _ := post(srv.url + "/unsubscribe?token=1.JOIN_REQUEST.forged"); status != http.StatusBadRequest {
		t.Errorf("a forged token: got HTTP %d, want 400", status)
	}
	u := joinMail.Unsubscribe[strings.Index(joinMail.Unsubscribe, "/unsubscribe"):]
	if status, kind := post(srv.url + u); status != http.StatusOK || kind != "JOIN_REQUEST" {
		t.Fatalf("got HTTP %d %q, want 200 JOIN_REQUEST", status, kind)
	}
	var me struct {
		Viewer struct {
			MailPreferences []struct{ Kind, Cadence string }
		}
	}
	amara.ok(`{ viewer { mailPreferences { kind cadence } } }`, nil, &me)
	for _, p := range me.Viewer.MailPreferences {
		if want := map[bool]string{true: "NEVER", false: p.Cadence}[p.Kind == "JOIN_REQUEST"]; p.Cadence != want {
			t.Errorf("%s: got %s, want %s", p.Kind, p.Cadence, want)
		}
	}
	if len(me.Viewer.MailPreferences) != len(notify.MailKinds) {
		t.Errorf("got %d preferences, want %d", len(me.Viewer.MailPreferences), len(notify.MailKinds))
	}
}
