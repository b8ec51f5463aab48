package kindred_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/gather"
	"kindred/domain/kindred/kindredtest"
)

// gatheringScene is a Scene with more active members, for a full gathering's waiting list.
type gatheringScene struct {
	*kindredtest.Scene
	// Cy and Eve are active members besides Bo; CyID, EveID, BoID their person IDs.
	Cy, Eve           context.Context
	BoID, CyID, EveID int64
	paris             *time.Location
}

func newGatheringScene(t *testing.T, db *database.DB) *gatheringScene {
	t.Helper()
	s := &gatheringScene{Scene: kindredtest.NewScene(t, db)}
	cy, cyCtx := s.SignUp(t, "cyan")
	eve, eveCtx := s.SignUp(t, "eve-li")
	s.Join(t, s.Steward, cyCtx, s.C, kindredtest.Hours("3"))
	s.Join(t, s.Steward, eveCtx, s.C, kindredtest.Hours("1"))
	s.Cy, s.Eve, s.CyID, s.EveID = cyCtx, eveCtx, cy.Person.ID, eve.Person.ID
	s.BoID = domain.ViewerFrom(s.Bo).ID
	var err error
	if s.paris, err = time.LoadLocation("Europe/Paris"); err != nil {
		t.Fatal(err)
	}
	return s
}

// input is a gathering two days from the clock's now, 10:00–13:00 in Paris.
func (s *gatheringScene) input(capacity *int) gather.Input {
	day := s.Clock.Now().In(s.paris).AddDate(0, 0, 2).Format("2006-01-02")
	return gather.Input{Title: "Volunteer day", Description: "Bring *gloves*.", LocalStart: day + "T10:00", LocalEnd: day + "T13:00",
		TimeZone: "Europe/Paris", Place: "Fridge, Noordsingel 1", Capacity: capacity}
}

func (s *gatheringScene) plan(t *testing.T, capacity *int) *domain.Gathering {
	t.Helper()
	g, err := s.Svc.PlanGathering(s.Steward, s.C.ID, s.input(capacity))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func (s *gatheringScene) answer(t *testing.T, ctx context.Context, g *domain.Gathering, a domain.RSVPStatus) domain.RSVPStatus {
	t.Helper()
	r, err := s.Svc.RSVP(ctx, g.ID, a)
	if err != nil {
		t.Fatalf("answer %s: %v", a, err)
	}
	return r.Status
}

func (s *gatheringScene) statuses(t *testing.T, g *domain.Gathering) string {
	t.Helper()
	lists, err := s.Svc.RSVPsByGathering(s.Steward, []int64{g.ID})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range lists[g.ID] {
		var p domain.Person
		s.DB.First(&p, r.PersonID)
		out = append(out, p.Handle+":"+string(r.Status))
	}
	return strings.Join(out, " ")
}

func TestPlanGathering(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		t.Run("stored_in_utc_with_its_zone", func(t *testing.T) {
			g := s.plan(t, kindredtest.Ptr(20))
			local := g.StartsAt.In(s.paris)
			if g.TimeZone != "Europe/Paris" || local.Hour() != 10 || g.EndsAt.Sub(g.StartsAt) != 3*time.Hour || g.StartsAt.Location() != time.UTC {
				t.Errorf("got %s–%s in %s, want 10:00–13:00 Paris stored in UTC", g.StartsAt, g.EndsAt, g.TimeZone)
			}
		})
		before := s.Count(t, &domain.Gathering{})
		for _, tt := range []struct {
			name  string
			edit  func(*gather.Input)
			field string
		}{
			{"short_title", func(in *gather.Input) { in.Title = "ab" }, "title"},
			{"end_before_start", func(in *gather.Input) { in.LocalEnd = in.LocalStart[:11] + "09:00" }, "localEnd"},
			{"end_equals_start", func(in *gather.Input) { in.LocalEnd = in.LocalStart }, "localEnd"},
			{"not_a_date", func(in *gather.Input) { in.LocalStart = "next Tuesday" }, "localStart"},
			{"unknown_time_zone", func(in *gather.Input) { in.TimeZone = "Mars/Olympus" }, "timeZone"},
			{"no_time_zone", func(in *gather.Input) { in.TimeZone = "" }, "timeZone"},
			{"neither_place_nor_link", func(in *gather.Input) { in.Place = "" }, "place"},
			{"link_not_http", func(in *gather.Input) { in.OnlineURL = "javascript:alert(1)" }, "onlineUrl"},
			{"capacity_zero", func(in *gather.Input) { in.Capacity = kindredtest.Ptr(0) }, "capacity"},
			{"in_the_past", func(in *gather.Input) {
				day := s.Clock.Now().In(s.paris).AddDate(0, 0, -1).Format("2006-01-02")
				in.LocalStart, in.LocalEnd = day+"T10:00", day+"T11:00"
			}, "localStart"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				in := s.input(nil)
				tt.edit(&in)
				_, err := s.Svc.PlanGathering(s.Steward, s.C.ID, in)
				kindredtest.WantField(t, err, tt.field)
			})
		}
		t.Run("need_of_no_collaboration", func(t *testing.T) {
			in := s.input(nil)
			in.NeedID = kindredtest.Ptr(int64(999999))
			_, err := s.Svc.PlanGathering(s.Steward, s.C.ID, in)
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
		t.Run("online_only", func(t *testing.T) {
			in := s.input(nil)
			in.Place, in.OnlineURL = "", "https://meet.example.org/fridge"
			if _, err := s.Svc.PlanGathering(s.Steward, s.C.ID, in); err != nil {
				t.Fatal(err)
			}
			before++
		})
		t.Run("member_forbidden", func(t *testing.T) {
			_, err := s.Svc.PlanGathering(s.Bo, s.C.ID, s.input(nil))
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("bad_input_changes_nothing", func(t *testing.T) {
			if got := s.Count(t, &domain.Gathering{}); got != before {
				t.Errorf("got %d gatherings, want %d", got, before)
			}
		})
	})
}

func TestRSVPGathering(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		g := s.plan(t, kindredtest.Ptr(1))
		t.Run("going_beyond_capacity_waits", func(t *testing.T) {
			if got := s.answer(t, s.Bo, g, domain.RSVPGoing); got != domain.RSVPGoing {
				t.Errorf("bo: got %s, want GOING", got)
			}
			s.Clock.Advance(time.Minute)
			if got := s.answer(t, s.Cy, g, domain.RSVPGoing); got != domain.RSVPWaiting {
				t.Errorf("cyan: got %s, want WAITING", got)
			}
			s.Clock.Advance(time.Minute)
			s.answer(t, s.Eve, g, domain.RSVPGoing)
			if got := s.statuses(t, g); got != "bo-chen:GOING cyan:WAITING eve-li:WAITING" {
				t.Errorf("got %s", got)
			}
		})
		t.Run("going_again_keeps_place", func(t *testing.T) {
			s.Clock.Advance(time.Minute)
			if got := s.answer(t, s.Cy, g, domain.RSVPGoing); got != domain.RSVPWaiting {
				t.Errorf("got %s, want WAITING still", got)
			}
			lists, _ := s.Svc.RSVPsByGathering(s.Steward, []int64{g.ID})
			if pos := gather.WaitingPosition(lists[g.ID], s.CyID); pos != 1 {
				t.Errorf("cyan is %d on the waiting list, want first", pos)
			}
		})
		t.Run("cancel_moves_first_waiting_up", func(t *testing.T) {
			s.Clock.Advance(time.Minute)
			s.answer(t, s.Bo, g, domain.RSVPNotGoing)
			if got := s.statuses(t, g); got != "cyan:GOING eve-li:WAITING" {
				t.Errorf("got %s, want cyan going and eve waiting", got)
			}
			var to []int64
			s.DB.Model(&domain.Notification{}).Where("kind = ? AND subject_id = ?", domain.NotifyGatheringMovedUp, g.ID).Pluck("person_id", &to)
			if fmt.Sprint(to) != fmt.Sprint([]int64{s.CyID}) {
				t.Errorf("got moved-up notifications to %v, want cyan (%d) only", to, s.CyID)
			}
		})
		t.Run("maybe_frees_place_too", func(t *testing.T) {
			s.answer(t, s.Cy, g, domain.RSVPMaybe)
			if got := s.statuses(t, g); got != "eve-li:GOING cyan:MAYBE" {
				t.Errorf("got %s", got)
			}
		})
		t.Run("raising_capacity_moves_up", func(t *testing.T) {
			s.answer(t, s.Bo, g, domain.RSVPGoing) // waits behind nobody: full at 1
			in := s.input(kindredtest.Ptr(2))
			in.LocalStart, in.LocalEnd = g.StartsAt.In(s.paris).Format(gather.LocalLayout), g.EndsAt.In(s.paris).Format(gather.LocalLayout)
			if _, err := s.Svc.UpdateGathering(s.Steward, g.ID, in); err != nil {
				t.Fatal(err)
			}
			if got := s.statuses(t, g); !strings.Contains(got, "bo-chen:GOING") {
				t.Errorf("got %s, want bo moved up", got)
			}
		})
		t.Run("capacity_below_going_refused", func(t *testing.T) {
			_, err := s.Svc.UpdateGathering(s.Steward, g.ID, s.input(kindredtest.Ptr(1)))
			kindredtest.WantField(t, err, "capacity")
		})
		t.Run("unknown_answer_refused", func(t *testing.T) {
			_, err := s.Svc.RSVP(s.Bo, g.ID, domain.RSVPWaiting)
			kindredtest.WantField(t, err, "status")
		})
		t.Run("not_a_member_forbidden", func(t *testing.T) {
			_, err := s.Svc.RSVP(s.Stranger, g.ID, domain.RSVPGoing)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("requested_member_forbidden", func(t *testing.T) {
			_, err := s.Svc.RSVP(s.Dee, g.ID, domain.RSVPGoing)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("closed_once_started", func(t *testing.T) {
			s.Clock.Set(g.StartsAt)
			_, err := s.Svc.RSVP(s.Cy, g.ID, domain.RSVPGoing)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
	})
}

// TestRSVPGathering_concurrent: members answering GOING at the same moment never exceed
// capacity; the others wait in the order their answers were written.
func TestRSVPGathering_concurrent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		const n, capacity = 8, 3
		ctxs := make([]context.Context, n)
		for i := range n {
			_, ctx := s.SignUp(t, fmt.Sprintf("member-%02d", i))
			s.Join(t, s.Steward, ctx, s.C, kindredtest.Hours("1"))
			ctxs[i] = ctx
		}
		g := s.plan(t, kindredtest.Ptr(capacity))
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			wg.Go(func() { _, errs[i] = s.Svc.RSVP(ctxs[i], g.ID, domain.RSVPGoing) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("answer %d: %v", i, err)
			}
		}
		counts, err := s.Svc.RSVPCountsByGathering(s.Steward, []int64{g.ID})
		if err != nil {
			t.Fatal(err)
		}
		if got := counts[g.ID]; got.Going != capacity || got.Waiting != n-capacity {
			t.Fatalf("got %+v, want %d going and %d waiting", got, capacity, n-capacity)
		}
		// Every going member cancels at once: the waiting list fills exactly the places.
		lists, _ := s.Svc.RSVPsByGathering(s.Steward, []int64{g.ID})
		for _, r := range lists[g.ID] {
			if r.Status != domain.RSVPGoing {
				continue
			}
			for i, ctx := range ctxs {
				if domain.ViewerFrom(ctx).ID == r.PersonID {
					wg.Go(func() { _, errs[i] = s.Svc.RSVP(ctx, g.ID, domain.RSVPNotGoing) })
				}
			}
		}
		wg.Wait()
		counts, _ = s.Svc.RSVPCountsByGathering(s.Steward, []int64{g.ID})
		if got := counts[g.ID]; got.Going != capacity || got.Waiting != n-2*capacity {
			t.Errorf("after cancellations got %+v, want %d going and %d waiting", got, capacity, n-2*capacity)
		}
	})
}

func TestCancelGathering(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		g := s.plan(t, nil)
		s.answer(t, s.Bo, g, domain.RSVPGoing)
		s.answer(t, s.Cy, g, domain.RSVPNotGoing)
		t.Run("member_forbidden", func(t *testing.T) {
			_, err := s.Svc.CancelGathering(s.Bo, g.ID)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("tells_who_answered", func(t *testing.T) {
			got, err := s.Svc.CancelGathering(s.Steward, g.ID)
			if err != nil || got.CancelledAt == nil {
				t.Fatalf("got %+v, %v", got, err)
			}
			var to []int64
			s.DB.Model(&domain.Notification{}).Where("kind = ?", domain.NotifyGatheringCancelled).Pluck("person_id", &to)
			if fmt.Sprint(to) != fmt.Sprint([]int64{s.BoID}) {
				t.Errorf("got notifications to %v, want bo only", to)
			}
		})
		t.Run("no_answers_after", func(t *testing.T) {
			_, err := s.Svc.RSVP(s.Cy, g.ID, domain.RSVPGoing)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("outsider_of_private_collaboration_not_found", func(t *testing.T) {
			s.DB.Model(&domain.Collaboration{}).Where("id = ?", s.C.ID).Update("visibility", domain.VisibilityPrivate)
			_, err := s.Svc.CancelGathering(s.Stranger, g.ID)
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
	})
}

func TestRecordAttendance(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		g := s.plan(t, nil)
		s.answer(t, s.Bo, g, domain.RSVPGoing)
		s.answer(t, s.Cy, g, domain.RSVPGoing)
		s.answer(t, s.Eve, g, domain.RSVPMaybe)
		t.Run("not_before_it_ends", func(t *testing.T) {
			_, err := s.Svc.RecordAttendance(s.Steward, g.ID, nil)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		s.Clock.Set(g.EndsAt.Add(time.Hour))
		t.Run("member_forbidden", func(t *testing.T) {
			_, err := s.Svc.RecordAttendance(s.Bo, g.ID, nil)
			kindredtest.WantCode(t, err, domain.CodeForbidden)
		})
		t.Run("not_a_member_named", func(t *testing.T) {
			_, err := s.Svc.RecordAttendance(s.Steward, g.ID, []gather.Attendee{{PersonID: s.BoID}, {PersonID: domain.ViewerFrom(s.Stranger).ID}})
			kindredtest.WantField(t, err, "attendees[1].personId")
			if n := s.Count(t, &domain.GatheringAttendance{}); n != 0 {
				t.Errorf("got %d attendances after a refusal, want none", n)
			}
		})
		t.Run("bad_hours", func(t *testing.T) {
			_, err := s.Svc.RecordAttendance(s.Steward, g.ID, []gather.Attendee{{PersonID: s.BoID, Hours: "25"}})
			kindredtest.WantField(t, err, "attendees[0].hours")
		})
		t.Run("default_going_for_duration_confirmed", func(t *testing.T) {
			got, err := s.Svc.RecordAttendance(s.Steward, g.ID, nil)
			if err != nil || got.AttendanceRecordedAt == nil {
				t.Fatalf("got %+v, %v", got, err)
			}
			var es []domain.Contribution
			s.DB.Where("collaboration_id = ? AND note LIKE 'Attended%'", s.C.ID).Order("person_id").Find(&es)
			if len(es) != 2 {
				t.Fatalf("got %d contributions, want bo's and cyan's", len(es))
			}
			for _, e := range es {
				if e.Kind != domain.KindTime || e.Quantity != 300 || e.ConfirmedByID == nil || e.CommitmentID == nil || !e.OccurredAt.Equal(g.StartsAt) {
					t.Errorf("got %+v, want 3 hours confirmed against their TIME commitment at the start", e)
				}
			}
		})
		t.Run("only_once", func(t *testing.T) {
			_, err := s.Svc.RecordAttendance(s.Steward, g.ID, nil)
			kindredtest.WantCode(t, err, domain.CodeConflict)
		})
		t.Run("committee_signal_counts_attendance_once", func(t *testing.T) {
			sig, err := s.Svc.CommitteeSignals(s.Steward, []int64{s.C.ID})
			if err != nil {
				t.Fatal(err)
			}
			// Two attendances, whose two contributions are not counted again.
			if got := sig[s.C.ID].Do; got != 2 {
				t.Errorf("got do %d, want 2", got)
			}
		})
	})
}

// TestRecordAttendance_steward_and_without_commitment: the steward's own attendance waits
// for another member's confirmation; an attendee with no TIME commitment gets a
// contribution of their own, against no commitment.
func TestRecordAttendance_steward_and_without_commitment(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		_, moneyCtx := s.SignUp(t, "mo-ney")
		money := s.Join(t, s.Steward, moneyCtx, s.C, kindredtest.Hours("1"))
		s.DB.Model(&domain.Commitment{}).Where("person_id = ?", money.PersonID).Update("kind", domain.KindGoodwill)
		g := s.plan(t, nil)
		s.Clock.Set(g.EndsAt)
		steward := domain.ViewerFrom(s.Steward).ID
		if _, err := s.Svc.RecordAttendance(s.Steward, g.ID, []gather.Attendee{{PersonID: steward, Hours: "4"}, {PersonID: money.PersonID, Hours: "1.5"}}); err != nil {
			t.Fatal(err)
		}
		var mine, theirs domain.Contribution
		s.DB.Where("person_id = ? AND note LIKE 'Attended%'", steward).First(&mine)
		s.DB.Where("person_id = ? AND note LIKE 'Attended%'", money.PersonID).First(&theirs)
		if mine.ConfirmedByID != nil || mine.Quantity != 400 {
			t.Errorf("steward's own: got %+v, want 4 h unconfirmed", mine)
		}
		if theirs.CommitmentID != nil || theirs.ConfirmedByID == nil || theirs.Quantity != 150 {
			t.Errorf("without TIME commitment: got %+v, want 1.5 h confirmed against none", theirs)
		}
	})
}

func TestCalendarFeed(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		g := s.plan(t, nil)
		s.answer(t, s.Bo, g, domain.RSVPGoing)
		other := s.plan(t, nil)
		s.answer(t, s.Bo, other, domain.RSVPNotGoing)
		_, url, err := s.Svc.RegenerateCalendarFeed(s.Bo)
		if err != nil {
			t.Fatal(err)
		}
		token := strings.TrimSuffix(url[strings.LastIndex(url, "/")+1:], ".ics")
		t.Run("parses_with_time_zone", func(t *testing.T) {
			body, err := s.Svc.FeedICS(context.Background(), token)
			if err != nil {
				t.Fatal(err)
			}
			cal, err := ics.ParseCalendar(strings.NewReader(body))
			if err != nil {
				t.Fatalf("parse: %v\n%s", err, body)
			}
			events := cal.Events()
			if len(events) != 1 {
				t.Fatalf("got %d events, want the one bo goes to", len(events))
			}
			start := events[0].GetProperty(ics.ComponentPropertyDtStart)
			if tz := start.ICalParameters["TZID"]; len(tz) != 1 || tz[0] != "Europe/Paris" {
				t.Errorf("got DTSTART parameters %v, want TZID=Europe/Paris", start.ICalParameters)
			}
			if want := g.StartsAt.In(s.paris).Format("20060102T150405"); start.Value != want {
				t.Errorf("got DTSTART %s, want the local %s", start.Value, want)
			}
			at, err := events[0].GetStartAt()
			if err != nil || !at.Equal(g.StartsAt) {
				t.Errorf("got start %v (%v), want %v", at, err, g.StartsAt)
			}
			zones := cal.Timezones()
			if len(zones) != 1 || zones[0].GetProperty(ics.ComponentPropertyTzid).Value != "Europe/Paris" || len(zones[0].Components) == 0 {
				t.Fatalf("got time zones %+v, want a VTIMEZONE of Europe/Paris with its parts", zones)
			}
			if !strings.Contains(body, "TZOFFSETTO:+0100") || !strings.Contains(body, "TZOFFSETTO:+0200") {
				t.Errorf("want Paris's winter and summer offsets in:\n%s", body)
			}
		})
		t.Run("revoked_stops_working", func(t *testing.T) {
			if revoked, err := s.Svc.RevokeCalendarFeed(s.Bo); err != nil || !revoked {
				t.Fatal(err)
			}
			_, err := s.Svc.FeedICS(context.Background(), token)
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
		t.Run("regenerated_old_stops_working", func(t *testing.T) {
			_, first, _ := s.Svc.RegenerateCalendarFeed(s.Bo)
			_, second, _ := s.Svc.RegenerateCalendarFeed(s.Bo)
			old := strings.TrimSuffix(first[strings.LastIndex(first, "/")+1:], ".ics")
			_, err := s.Svc.FeedICS(context.Background(), old)
			kindredtest.WantCode(t, err, domain.CodeNotFound)
			fresh := strings.TrimSuffix(second[strings.LastIndex(second, "/")+1:], ".ics")
			if _, err := s.Svc.FeedICS(context.Background(), fresh); err != nil {
				t.Errorf("new feed: %v", err)
			}
		})
		t.Run("gathering_ics_follows_visibility", func(t *testing.T) {
			if _, err := s.Svc.GatheringICS(s.Stranger, g.ID); err != nil {
				t.Errorf("public collaboration: %v", err)
			}
			s.DB.Model(&domain.Collaboration{}).Where("id = ?", s.C.ID).Update("visibility", domain.VisibilityPrivate)
			_, err := s.Svc.GatheringICS(s.Stranger, g.ID)
			kindredtest.WantCode(t, err, domain.CodeNotFound)
		})
	})
}

// TestDeleteAccount_gathering_place: a deleted account's answers go, and the place it
// held goes to the first waiting.
func TestDeleteAccount_gathering_place(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		s := newGatheringScene(t, db)
		g := s.plan(t, kindredtest.Ptr(1))
		s.answer(t, s.Bo, g, domain.RSVPGoing)
		s.answer(t, s.Cy, g, domain.RSVPGoing)
		if err := s.Svc.DeleteAccount(s.Bo, kindredtest.Password); err != nil {
			t.Fatal(err)
		}
		if got := s.statuses(t, g); got != "cyan:GOING" {
			t.Errorf("got %s, want cyan moved up and bo's answer gone", got)
		}
	})
}
