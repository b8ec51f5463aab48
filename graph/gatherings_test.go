package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/gather"
	"kindred/graph/relay"
)

// gatheringFields is every field of a Gathering.
const gatheringFields = `id number title description descriptionHTML startsAt endsAt timeZone localStart localEnd place onlineUrl
	capacity need { id } createdBy { handle } cancelledAt attendanceRecordedAt createdAt goingCount maybeCount waitingCount
	viewerRsvp viewerWaitingPosition viewerCanRsvp viewerCanManage answers { status answeredAt person { handle } }
	attendees { handle } icsUrl collaboration { slug }`

type gatheringJSON struct {
	ID, Title, DescriptionHTML, LocalStart, TimeZone, IcsURL string
	Number, GoingCount, WaitingCount                         int
	Capacity, ViewerWaitingPosition                          *int
	ViewerRsvp                                               *string
	ViewerCanRsvp, ViewerCanManage                           bool
	Answers                                                  *[]struct {
		Status string
		Person struct{ Handle string }
	}
	Attendees *[]struct{ Handle string }
}

func runAs(t *testing.T, h http.Handler, viewer *domain.Person, doc string, vars map[string]any, out any) {
	t.Helper()
	opts := []client.Option{}
	for k, v := range vars {
		opts = append(opts, client.Var(k, v))
	}
	hh := h
	if viewer != nil {
		hh = asViewer(h, viewer)
	}
	r, err := client.New(hh).RawPost(doc, opts...)
	if err != nil || len(r.Errors) > 0 {
		t.Fatalf("%s: %v %s", doc, err, r.Errors)
	}
	b, _ := json.Marshal(r.Data)
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatal(err)
	}
}

// TestGatheringsOverGraphQL plans a gathering of capacity 1, has two members answer GOING
// (the second waits), the first step back (the second moves up and is told), then
// updates, cancels another, records attendance and uses a calendar feed, through every
// gathering field, as members and as an outsider.
func TestGatheringsOverGraphQL(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		p1 := seedCollabs(t, db, svc, 1)
		var c domain.Collaboration
		db.First(&c)
		var steward, p2 domain.Person
		db.Where("handle = ?", "p-0").First(&steward)
		db.Where("handle = ?", "p-2").First(&p2)
		day := svc.Clock().Now().AddDate(0, 0, 5).Format("2006-01-02")
		var planned struct {
			PlanGathering struct{ Gathering gatheringJSON }
		}
		runAs(t, h, &steward, `mutation($c: ID!, $s: String!, $e: String!) { planGathering(input: {collaborationId: $c, title: "Volunteer day",
			description: "Bring <script>x</script> *gloves*", localStart: $s, localEnd: $e, timeZone: "Europe/Paris", place: "The fridge", capacity: 1}) {
			gathering { `+gatheringFields+` } } }`, map[string]any{"c": relay.ID(relay.TypeCollab, c.ID), "s": day + "T10:00", "e": day + "T13:00"}, &planned)
		g := planned.PlanGathering.Gathering
		if g.LocalStart != day+"T10:00" || g.TimeZone != "Europe/Paris" || !g.ViewerCanManage || g.IcsURL != gather.ICSPath(int64(g.Number)) {
			t.Errorf("got %+v", g)
		}
		rsvp := func(p *domain.Person, status string) gatheringJSON {
			var out struct {
				RsvpGathering struct{ Gathering gatheringJSON }
			}
			runAs(t, h, p, `mutation($g: ID!, $st: RsvpStatus!) { rsvpGathering(input: {gatheringId: $g, status: $st}) { gathering { `+gatheringFields+` } } }`,
				map[string]any{"g": g.ID, "st": status}, &out)
			return out.RsvpGathering.Gathering
		}
		rsvp(p1, "GOING")
		waiting := rsvp(&p2, "GOING")
		if waiting.ViewerRsvp == nil || *waiting.ViewerRsvp != "WAITING" || waiting.ViewerWaitingPosition == nil || *waiting.ViewerWaitingPosition != 1 ||
			waiting.GoingCount != 1 || waiting.WaitingCount != 1 {
			t.Errorf("second answer: got %+v, want waiting first", waiting)
		}
		moved := rsvp(p1, "NOT_GOING")
		if moved.GoingCount != 1 || moved.WaitingCount != 0 || moved.Answers == nil || len(*moved.Answers) != 1 || (*moved.Answers)[0].Person.Handle != "p-2" {
			t.Errorf("after p-1 stepped back: got %+v, want p-2 going", moved)
		}
		var inbox struct {
			Notifications struct {
				Edges []struct {
					Node struct {
						Kind    string
						Subject *struct{ Title string }
					}
				}
			}
		}
		runAs(t, h, &p2, `{ notifications { edges { node { kind subject { ... on Gathering { title } } } } } }`, nil, &inbox)
		if e := inbox.Notifications.Edges; len(e) == 0 || e[0].Node.Kind != "GATHERING_MOVED_UP" || e[0].Node.Subject == nil || e[0].Node.Subject.Title != "Volunteer day" {
			t.Errorf("got notifications %+v", e)
		}
		var updated struct {
			UpdateGathering struct{ Gathering gatheringJSON }
		}
		runAs(t, h, &steward, `mutation($g: ID!, $s: String!, $e: String!) { updateGathering(input: {gatheringId: $g, title: "Volunteer morning",
			localStart: $s, localEnd: $e, timeZone: "Europe/Paris", onlineUrl: "https://meet.example.org/f", capacity: 3}) { gathering { `+gatheringFields+` } } }`,
			map[string]any{"g": g.ID, "s": day + "T09:00", "e": day + "T12:00"}, &updated)
		if u := updated.UpdateGathering.Gathering; u.Title != "Volunteer morning" || u.Capacity == nil || *u.Capacity != 3 {
			t.Errorf("update: got %+v", u)
		}

		t.Run("outsider_sees_counts_not_names", func(t *testing.T) {
			var resp struct {
				Collaboration struct {
					Gatherings struct {
						TotalCount int
						Edges      []struct{ Node gatheringJSON }
					}
					Gathering               *gatheringJSON
					ViewerCanPlanGatherings bool
				}
			}
			runAs(t, h, nil, `query($s: String!, $n: Int!) { collaboration(slug: $s) { viewerCanPlanGatherings gatherings { totalCount edges { cursor node { `+gatheringFields+` } } }
				gathering(number: $n) { `+gatheringFields+` } } }`, map[string]any{"s": c.Slug, "n": g.Number}, &resp)
			got := resp.Collaboration
			if got.ViewerCanPlanGatherings || got.Gatherings.TotalCount != 1 || got.Gathering == nil || got.Gathering.Answers != nil || got.Gathering.ViewerCanRsvp || got.Gathering.GoingCount != 1 {
				t.Errorf("got %+v", got)
			}
		})
		t.Run("cancel", func(t *testing.T) {
			other, err := svc.PlanGathering(domain.WithViewer(context.Background(), &steward), c.ID, gather.Input{Title: "Call", LocalStart: day + "T20:00",
				LocalEnd: day + "T21:00", TimeZone: "UTC", OnlineURL: "https://meet.example.org/c"})
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				CancelGathering struct{ Gathering struct{ CancelledAt *string } }
			}
			runAs(t, h, &steward, `mutation($g: ID!) { cancelGathering(input: {gatheringId: $g}) { gathering { cancelledAt } } }`,
				map[string]any{"g": relay.ID(relay.TypeGathering, other.ID)}, &out)
			if out.CancelGathering.Gathering.CancelledAt == nil {
				t.Error("not cancelled")
			}
		})
		t.Run("attendance_and_past", func(t *testing.T) {
			now := svc.Clock().Now()
			db.Model(&domain.Gathering{}).Where("id = ?", mustID(t, g.ID)).Updates(map[string]any{"starts_at": now.Add(-3 * time.Hour), "ends_at": now.Add(-time.Hour)})
			var out struct {
				RecordAttendance struct{ Gathering gatheringJSON }
			}
			runAs(t, h, &steward, `mutation($g: ID!, $p: ID!) { recordAttendance(input: {gatheringId: $g, attendees: [{personId: $p, hours: "2.5"}]}) { gathering { `+gatheringFields+` } } }`,
				map[string]any{"g": g.ID, "p": relay.ID(relay.TypePerson, p2.ID)}, &out)
			if a := out.RecordAttendance.Gathering.Attendees; a == nil || len(*a) != 1 || (*a)[0].Handle != "p-2" {
				t.Errorf("got attendees %+v", a)
			}
			var past struct {
				Collaboration struct {
					Gatherings struct{ TotalCount int }
				}
			}
			runAs(t, h, p1, `query($s: String!) { collaboration(slug: $s) { gatherings(when: PAST) { totalCount } } }`, map[string]any{"s": c.Slug}, &past)
			if past.Collaboration.Gatherings.TotalCount != 1 {
				t.Errorf("got %d past gatherings, want 1", past.Collaboration.Gatherings.TotalCount)
			}
		})
		t.Run("calendar_feed", func(t *testing.T) {
			var made struct {
				RegenerateCalendarFeed struct{ URL string }
			}
			runAs(t, h, &p2, `mutation { regenerateCalendarFeed(input: {}) { url feed { createdAt } } }`, nil, &made)
			var me struct {
				Viewer struct{ CalendarFeed *struct{ CreatedAt string } }
			}
			runAs(t, h, &p2, `{ viewer { calendarFeed { createdAt lastUsedAt } } }`, nil, &me)
			if made.RegenerateCalendarFeed.URL == "" || me.Viewer.CalendarFeed == nil {
				t.Errorf("got %+v and %+v", made, me)
			}
			var revoked struct {
				RevokeCalendarFeed struct{ Revoked bool }
			}
			runAs(t, h, &p2, `mutation { revokeCalendarFeed(input: {}) { revoked } }`, nil, &revoked)
			runAs(t, h, &p2, `{ viewer { calendarFeed { createdAt } } }`, nil, &me)
			if !revoked.RevokeCalendarFeed.Revoked || me.Viewer.CalendarFeed != nil {
				t.Errorf("after revoking: got %+v, %+v", revoked, me)
			}
		})
		t.Run("bad_input", func(t *testing.T) {
			var n0 int64
			db.Model(&domain.Gathering{}).Count(&n0)
			for _, tt := range []struct{ name, code, doc string }{
				{"end_before_start", "BAD_USER_INPUT", fmt.Sprintf(`mutation { planGathering(input: {collaborationId: %q, title: "Call", localStart: "%sT10:00", localEnd: "%sT09:00", timeZone: "UTC", place: "x"}) { gathering { id } } }`, relay.ID(relay.TypeCollab, c.ID), day, day)},
				{"bad_zone", "BAD_USER_INPUT", fmt.Sprintf(`mutation { planGathering(input: {collaborationId: %q, title: "Call", localStart: "%sT10:00", localEnd: "%sT11:00", timeZone: "Nowhere/Else", place: "x"}) { gathering { id } } }`, relay.ID(relay.TypeCollab, c.ID), day, day)},
				{"rsvp_unknown", "NOT_FOUND", `mutation { rsvpGathering(input: {gatheringId: "` + relay.ID(relay.TypeGathering, 99999) + `", status: GOING}) { gathering { id } } }`},
				{"attendee_not_a_person", "BAD_USER_INPUT", `mutation { recordAttendance(input: {gatheringId: "` + g.ID + `", attendees: [{personId: "` + g.ID + `"}]}) { gathering { id } } }`},
			} {
				t.Run(tt.name, func(t *testing.T) {
					if got := outcome(t, h, &steward, tt.doc, nil); got != tt.code {
						t.Errorf("got %s, want %s", got, tt.code)
					}
				})
			}
			var n1 int64
			db.Model(&domain.Gathering{}).Count(&n1)
			if n1 != n0 {
				t.Errorf("got %d gatherings after refused input, want %d", n1, n0)
			}
		})
	})
}

// TestGatheringListStatements checks that the gatherings list with counts, the viewer's
// answer and place, answers and attendees costs as many statements for 10 gatherings as
// for 2.
func TestGatheringListStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1)
		var c domain.Collaboration
		db.First(&c)
		var people []*domain.Person
		db.Where("handle LIKE ?", "p-%").Order("handle").Find(&people)
		as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
		day := svc.Clock().Now().AddDate(0, 0, 3).Format("2006-01-02")
		for i := range 10 {
			g, err := svc.PlanGathering(as(people[0]), c.ID, gather.Input{Title: fmt.Sprintf("Day %d", i), LocalStart: fmt.Sprintf("%sT%02d:00", day, i+8),
				LocalEnd: fmt.Sprintf("%sT%02d:30", day, i+8), TimeZone: "Europe/Paris", Place: "The fridge", Capacity: new(1)})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range people {
				if _, err := svc.RSVP(as(p), g.ID, domain.RSVPGoing); err != nil {
					t.Fatal(err)
				}
			}
		}
		statements := func(n int) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			var resp struct {
				Collaboration struct {
					Gatherings struct {
						Edges []struct{ Node gatheringJSON }
					}
				}
			}
			runAs(t, h, viewer, `query($s: String!, $n: Int) { collaboration(slug: $s) { gatherings(first: $n) { edges { node { `+gatheringFields+` } } } } }`,
				map[string]any{"s": c.Slug, "n": n}, &resp)
			if got := len(resp.Collaboration.Gatherings.Edges); got != n {
				t.Fatalf("got %d gatherings, want %d", got, n)
			}
			return counter.Load()
		}
		few, many := statements(2), statements(10)
		t.Logf("%d statements for 2 gatherings, %d for 10", few, many)
		if many != few {
			t.Errorf("got %d statements for 10 gatherings and %d for 2, want the same", many, few)
		}
	})
}
