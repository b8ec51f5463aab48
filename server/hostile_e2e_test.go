package main

import (
	"encoding/base64"
	"testing"

	"kindred/database/dbtest"
	"kindred/domain"
)

// TestHostileTextIsRefused sends text no person means through the real API on both
// databases: control characters (a NUL above all, which PostgreSQL cannot store) in
// single-line and multi-line fields, names and titles of only invisible characters,
// quantities in hex and addresses that are no email address. Every write is refused with
// BAD_USER_INPUT naming the field, and stores nothing; a lookup of such text finds
// nothing or is refused, never an internal error.
func TestHostileTextIsRefused(t *testing.T) {
	for _, dialect := range dbtest.Dialects {
		t.Run(dialect, func(t *testing.T) {
			srv := startServer(t, dialect)
			c := srv.client(t)
			signUp(t, c, "amara")
			vals := valueIDs(t, c, 1)
			var created struct {
				CreateCollaboration struct{ Collaboration struct{ ID, Slug string } }
			}
			c.ok(`mutation($v: ID!) { createCollaboration(input: {title: "Community fridge", goal: "Rescue surplus food for the street.",
				remote: true, values: [{valueId: $v, weight: 5}], commitment: {kind: TIME, quantity: "2"}}) { collaboration { id slug } } }`,
				map[string]any{"v": vals[0]}, &created)
			collab := created.CreateCollaboration.Collaboration.ID
			signUpWith := func(name, email string) map[string]any {
				return map[string]any{"in": map[string]any{"handle": "newbie", "displayName": name, "email": email, "password": "a long passphrase"}}
			}
			const (
				profileDoc = `mutation($in: UpdateProfileInput!) { updateProfile(input: $in) { person { bio } } }`
				createDoc  = `mutation($t: String!, $g: String!, $v: ID!) { createCollaboration(input: {title: $t, goal: $g, remote: true,
					values: [{valueId: $v, weight: 5}], commitment: {kind: TIME, quantity: "2"}}) { collaboration { id } } }`
				logDoc = `mutation($c: ID!, $q: Decimal!, $n: String) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: $q, note: $n}) {
					contribution { id } } }`
				proposeDoc = `mutation($c: ID!, $t: String!, $b: String) { createProposal(input: {collaborationId: $c, kind: OTHER, title: $t, body: $b,
					closesAt: "2026-12-24T12:00:00Z"}) { proposal { id } } }`
				valueDoc = `mutation($n: String!, $d: String!) { proposeValue(input: {name: $n, description: $d}) { value { id } } }`
			)
			goal := "Rescue surplus food for the street."
			tests := []struct {
				name, field, doc string
				vars             map[string]any
			}{
				{"nul_in_display_name", "displayName", signUpDoc, signUpWith("Ama\x00ra", "newbie@example.org")},
				{"invisible_display_name", "displayName", signUpDoc, signUpWith("\u200b\u200b\u2060", "newbie@example.org")},
				{"email_with_ip_literal", "email", signUpDoc, signUpWith("Newbie", "newbie@[127.0.0.1]")},
				{"email_with_bad_domain", "email", signUpDoc, signUpWith("Newbie", "newbie@-example.org")},
				{"email_with_format_character", "email", signUpDoc, signUpWith("Newbie", "new\u202ebie@example.org")},
				{"nul_in_bio", "bio", profileDoc, map[string]any{"in": map[string]any{"bio": "I mend\x00 bikes."}}},
				{"escape_in_bio", "bio", profileDoc, map[string]any{"in": map[string]any{"bio": "I mend \x1b[31mbikes."}}},
				{"newline_in_display_name", "displayName", profileDoc, map[string]any{"in": map[string]any{"displayName": "Amara\nAdmin"}}},
				{"invisible_location", "location", profileDoc, map[string]any{"in": map[string]any{"location": "\u200b"}}},
				{"nul_in_skill", "skills", profileDoc, map[string]any{"in": map[string]any{"skills": []string{"de\x00sign"}}}},
				{"nul_in_title", "title", createDoc, map[string]any{"t": "Fri\x00dge", "g": goal, "v": vals[0]}},
				{"invisible_title", "title", createDoc, map[string]any{"t": "\u200b\u200b\u200b\ufeff", "g": goal, "v": vals[0]}},
				{"nul_in_goal", "goal", createDoc, map[string]any{"t": "Fridge", "g": goal + "\x00", "v": vals[0]}},
				{"nul_in_note", "note", logDoc, map[string]any{"c": collab, "q": "1", "n": "Sorted\x00"}},
				{"hex_quantity", "contribution.quantity", logDoc, map[string]any{"c": collab, "q": "0x10"}},
				{"nul_in_proposal_title", "title", proposeDoc, map[string]any{"c": collab, "t": "Move\x00 it"}},
				{"nul_in_proposal_body", "body", proposeDoc, map[string]any{"c": collab, "t": "Move it", "b": "Because\x00"}},
				{"invisible_value_name", "name", valueDoc, map[string]any{"n": "\u3164\u3164", "d": "A value made of fillers."}},
			}
			people, collabs, entries, activities := srv.count(t, &domain.Person{}), srv.count(t, &domain.Collaboration{}),
				srv.count(t, &domain.Contribution{}), srv.count(t, &domain.Activity{})
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					c.t = t
					if e := c.fails(domain.CodeInvalid, tt.doc, tt.vars); e.Extensions["field"] != tt.field {
						t.Errorf("got field %v (%s), want %s", e.Extensions["field"], e.Message, tt.field)
					}
				})
			}
			c.t = t
			if got := srv.count(t, &domain.Person{}) + srv.count(t, &domain.Collaboration{}) + srv.count(t, &domain.Contribution{}) +
				srv.count(t, &domain.Activity{}); got != people+collabs+entries+activities {
				t.Errorf("a refused write stored something: %d rows, want %d", got, people+collabs+entries+activities)
			}
			// Multi-line text keeps its tabs and line breaks.
			var bio struct {
				UpdateProfile struct{ Person struct{ Bio string } }
			}
			c.ok(profileDoc, map[string]any{"in": map[string]any{"bio": "I mend bikes.\n\n\tOn Sundays."}}, &bio)
			if got := bio.UpdateProfile.Person.Bio; got != "I mend bikes.\n\n\tOn Sundays." {
				t.Errorf("got bio %q, want its line breaks and tab kept", got)
			}

			nulCursor := base64.RawURLEncoding.EncodeToString([]byte(`{"k":"a\u0000","i":1}`))
			lookups := []struct {
				name string
				code domain.Code
				doc  string
				vars map[string]any
			}{
				{"person_by_handle", domain.CodeNotFound, `query($h: String!) { person(handle: $h) { handle } }`, map[string]any{"h": "ama\x00ra"}},
				{"collaboration_by_slug", domain.CodeNotFound, `query($s: String!) { collaboration(slug: $s) { id } }`, map[string]any{"s": "fridge\x00"}},
				{"value_by_slug", domain.CodeNotFound, `query($s: String!) { value(slug: $s) { id } }`, map[string]any{"s": "justice\x00"}},
				{"log_in", domain.CodeInvalid, logInDoc, map[string]any{"in": map[string]any{"login": "amara\x00@example.org", "password": "a long passphrase"}}},
				{"search_values", domain.CodeInvalid, `query($s: String) { values(search: $s) { totalCount } }`, map[string]any{"s": "jus\x00"}},
				{"search_collaborations", domain.CodeInvalid, `query($s: String) { collaborations(search: $s) { totalCount } }`, map[string]any{"s": "fri\x00"}},
				{"discover_people", domain.CodeInvalid, `query($s: String) { discoverPeople(search: $s) { totalCount } }`, map[string]any{"s": "am\x00"}},
				{"discover_collaborations", domain.CodeInvalid, `query($s: String) { discoverCollaborations(place: $s) { totalCount } }`, map[string]any{"s": "rot\x00"}},
				{"cursor", domain.CodeInvalid, `query($a: String) { values(after: $a) { totalCount } }`, map[string]any{"a": nulCursor}},
			}
			for _, tt := range lookups {
				t.Run(tt.name, func(t *testing.T) {
					c.t = t
					r := c.do(tt.doc, tt.vars)
					if len(r.Errors) == 0 {
						if tt.code != domain.CodeNotFound {
							t.Fatalf("got data %s, want error %s", r.Data, tt.code)
						}
						return // nothing found, as null
					}
					if got := r.Errors[0].Extensions["code"]; got != string(tt.code) {
						t.Errorf("got %q with code %v, want %s", r.Errors[0].Message, got, tt.code)
					}
				})
			}
		})
	}
}
