package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"kindred/domain"
)

// TestMyDataAndDeletion: a person downloads all their data, then deletes their account;
// what others' records need stays, anonymised, and the rest is gone.
func TestMyDataAndDeletion(t *testing.T) {
	srv := startServer(t, "sqlite")
	amara, bo := srv.client(t), srv.client(t)
	signUp(t, amara, "amara")
	signUp(t, bo, "bo-chen")
	vals := valueIDs(t, bo, 1)
	bo.ok(setValueDoc, map[string]any{"in": map[string]any{"valueId": vals[0], "strength": 4, "statement": "mine"}}, nil)
	var created struct {
		CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
	}
	amara.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Fridge", goal: "Rescue food together.", remote: true,
		values: [{valueId: $v, weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id slug } } }`, map[string]any{"v": vals[0]}, &created)
	var req struct {
		RequestToJoin struct{ Membership struct{ ID string } }
	}
	bo.ok(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`,
		map[string]any{"c": created.CreateCollaboration.Collaboration.ID}, &req)
	amara.ok(`mutation($m: ID!) { approveMember(input: {membershipId: $m}) { membership { status } } }`, map[string]any{"m": req.RequestToJoin.Membership.ID}, nil)
	bo.ok(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "1", note: "shift"}) { contribution { id } } }`,
		map[string]any{"c": created.CreateCollaboration.Collaboration.ID}, nil)

	httpReq, _ := http.NewRequest(http.MethodGet, srv.url+"/me/export.json", nil)
	httpReq.Header.Set("Authorization", "Bearer "+bo.token)
	resp, err := http.DefaultClient.Do(httpReq)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var data struct {
		Profile       struct{ Handle, Email string }
		Values        []any
		Memberships   []any
		Commitments   []any
		Contributions []any
	}
	if err := json.Unmarshal(body, &data); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("export: %d %s", resp.StatusCode, body)
	}
	if data.Profile.Email != "bo-chen@example.org" || len(data.Values) != 1 || len(data.Memberships) != 1 || len(data.Commitments) != 1 || len(data.Contributions) != 1 {
		t.Errorf("export: got %+v", data)
	}
	if strings.Contains(string(body), "argon2") {
		t.Error("the export carries the password hash")
	}
	if !strings.Contains(resp.Header.Get("Content-Disposition"), "kindred-my-data-bo-chen.json") {
		t.Errorf("file name: %q", resp.Header.Get("Content-Disposition"))
	}

	// Amara's export carries what she was told: bo's request and his entry to confirm; and
	// the invitation link she made, without its token.
	var link struct {
		CreateInvitationLink struct{ Token string }
	}
	amara.ok(`mutation($c: ID!, $e: Time!) { createInvitationLink(input: {collaborationId: $c, expiresAt: $e}) { token } }`,
		map[string]any{"c": created.CreateCollaboration.Collaboration.ID, "e": srv.clock.Now().Add(7 * 24 * time.Hour).Format(time.RFC3339)}, &link)
	httpReq.Header.Set("Authorization", "Bearer "+amara.token)
	resp, err = http.DefaultClient.Do(httpReq)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	var hers struct {
		Notifications   []struct{ Kind string }
		InvitationLinks []struct{ ExpiresAt string }
	}
	if err := json.Unmarshal(body, &hers); err != nil || len(hers.Notifications) != 2 || len(hers.InvitationLinks) != 1 {
		t.Errorf("amara's export: got notifications %+v and links %+v (%v), want her two and her link", hers.Notifications, hers.InvitationLinks, err)
	}
	if strings.Contains(string(body), "TokenHash") || strings.Contains(string(body), link.CreateInvitationLink.Token) {
		t.Error("the export carries the link's token")
	}

	bo.fails(domain.CodeInvalid, `mutation { deleteAccount(input: {password: "not it at all"}) { deleted } }`, nil)
	amara.fails(domain.CodeConflict, `mutation { deleteAccount(input: {password: "a long passphrase"}) { deleted } }`, nil) // last steward
	bo.ok(`mutation { deleteAccount(input: {password: "a long passphrase"}) { deleted } }`, nil, nil)
	bo.fails(domain.CodeUnauthenticated, `{ viewer { handle } }`, nil)
	bo.token = ""
	bo.fails(domain.CodeUnauthenticated, logInDoc, map[string]any{"in": map[string]any{"login": "bo-chen", "password": "a long passphrase"}})
	amara.fails(domain.CodeNotFound, `{ person(handle: "bo-chen") { handle } }`, nil)
	// The ledger keeps the entry, from a former member; the values are gone.
	var ledger struct {
		Collaboration struct {
			Ledger struct{ TotalCount int }
		}
	}
	amara.ok(`query($s: String!) { collaboration(slug: $s) { ledger { totalCount } } }`, map[string]any{"s": created.CreateCollaboration.Collaboration.Slug}, &ledger)
	if ledger.Collaboration.Ledger.TotalCount != 1 {
		t.Errorf("ledger after deletion: got %d entries, want the entry kept", ledger.Collaboration.Ledger.TotalCount)
	}
	if n := srv.count(t, &domain.PersonValue{}); n != 0 {
		t.Errorf("got %d held values after deletion, want none", n)
	}
	var p domain.Person
	srv.db.Where("handle = ?", "bo-chen").First(&p)
	if p.ID != 0 {
		t.Error("the handle is still taken by the deleted account")
	}
}
