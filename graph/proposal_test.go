package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"kindred/clock"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/deciding"
	"kindred/domain/kindred"
	"kindred/graph/relay"
)

// seedProposals puts n proposals to the collaboration of seedCollabs(…, 1): the first a
// GOAL proposal that closes (adopted) before the query, the others OPEN; each with the
// positions of its three members and two comments. It returns the collaboration.
func seedProposals(t *testing.T, db *database.DB, svc *kindred.Services, n int) *domain.Collaboration {
	t.Helper()
	var c domain.Collaboration
	db.First(&c)
	var people []*domain.Person
	db.Where("handle LIKE ?", "p-%").Order("handle").Find(&people)
	as := func(p *domain.Person) context.Context { return domain.WithViewer(context.Background(), p) }
	now := svc.Clock().Now()
	stances := []domain.Stance{domain.StanceAgree, domain.StanceAbstain, domain.StanceDisagree}
	for i := range n {
		in := deciding.ProposalInput{Kind: domain.ProposalOther, Title: fmt.Sprintf("Proposal %d", i), ClosesAt: now.Add(7 * 24 * time.Hour)}
		if i == 0 {
			in = deciding.ProposalInput{Kind: domain.ProposalGoal, Title: "A new goal", ProposedGoal: "Cook the rescued food together.", ClosesAt: now.Add(time.Hour)}
		}
		p, err := svc.CreateProposal(as(people[i%3]), c.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		for j, person := range people {
			st := stances[(i+j)%3]
			if i == 0 {
				st = domain.StanceAgree
			}
			if _, err := svc.SetPosition(as(person), p.ID, deciding.PositionInput{Stance: st}); err != nil {
				t.Fatal(err)
			}
		}
		for j := range 2 {
			if _, err := svc.CommentOnProposal(as(people[j]), p.ID, fmt.Sprintf("Comment %d on %d", j, i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	svc.Clock().(*clock.Manual).Advance(2 * time.Hour)
	if closed, err := svc.CloseDueProposals(context.Background()); err != nil || closed != 1 {
		t.Fatalf("close: got %d, %v; want the GOAL proposal closed", closed, err)
	}
	return &c
}

// TestProposalsQueryStatements checks that a collaboration's proposals with their
// positions, tallies and comments, its activity and its committee signal cost the same
// number of statements for 10 proposals as for 50.
func TestProposalsQueryStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		viewer := seedCollabs(t, db, svc, 1)
		c := seedProposals(t, db, svc, 50)
		const q = `query($slug: String!, $n: Int) { collaboration(slug: $slug) { goal
			goalHistory { goal setBy { handle } proposal { id title status } }
			committeeSignal { talk do flagged windowDays }
			activity(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { verb subjectType createdAt actor { handle }
				subject { id ... on Proposal { title } ... on Position { stance } ... on Comment { body } ... on Collaboration { slug } } } } }
			proposals(first: $n) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {
				id kind title body proposedGoal closesAt status closedAt createdAt author { handle } collaboration { slug }
				tally { agree abstain disagree block } viewerPosition { stance }
				anonymous proposedQuorumShare closingReason decisionStatement decisionStatedBy { handle } decisionStatedAt reviewAt
				participation { taken needed eligible reached members { handle } }
				positions { id stance reason createdAt updatedAt person { handle } proposal { id } }
				comments(first: 5) { totalCount edges { cursor node { id body createdAt author { handle } proposal { id } } } } } } } } }`
		type proposal struct {
			Kind, Title, Status string
			ProposedGoal        *string
			Tally               struct{ Agree, Abstain, Disagree, Block int }
			ViewerPosition      *struct{ Stance string }
			Positions           []struct{ Stance string }
			Comments            struct {
				TotalCount int
				Edges      []struct{ Node struct{ Body string } }
			}
		}
		var resp struct {
			Collaboration struct {
				Goal        string
				GoalHistory []struct {
					Goal     string
					Proposal *struct{ Title, Status string }
				}
				CommitteeSignal struct {
					Talk, Do int
					Flagged  bool
				}
				Activity struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Verb, SubjectType string
							Actor             *struct{ Handle string }
							Subject           *struct{ ID string }
						}
					}
				}
				Proposals struct {
					TotalCount int
					Edges      []struct{ Node proposal }
				}
			}
		}
		statements := func(n int) int64 {
			counter, stop := countStatements(t, db.DB)
			defer stop()
			r, err := client.New(asViewer(h, viewer)).RawPost(q, client.Var("slug", c.Slug), client.Var("n", n))
			if err != nil || len(r.Errors) > 0 {
				t.Fatalf("query: %v %s", err, r.Errors)
			}
			b, _ := json.Marshal(r.Data)
			if err := json.Unmarshal(b, &resp); err != nil {
				t.Fatal(err)
			}
			if got := len(resp.Collaboration.Proposals.Edges); got != n {
				t.Fatalf("got %d proposals, want %d", got, n)
			}
			return counter.Load()
		}
		// Ten activities already name every kind of subject fifty do.
		few, many := statements(10), statements(50)
		t.Logf("%d statements for 10 proposals, %d for 50", few, many)
		if many != few {
			t.Errorf("got %d statements for 50 proposals and %d for 10, want the same", many, few)
		}

		col := resp.Collaboration
		if col.Goal != "Cook the rescued food together." || len(col.GoalHistory) != 2 || col.GoalHistory[0].Proposal == nil ||
			col.GoalHistory[0].Proposal.Status != "ADOPTED" || col.GoalHistory[1].Proposal != nil {
			t.Errorf("goal and history: got %q, %+v", col.Goal, col.GoalHistory)
		}
		if s := col.CommitteeSignal; s.Talk != 50*6 || s.Do != 0 || !s.Flagged {
			t.Errorf("committee signal: got %+v, want talk 300, do 0, flagged", s)
		}
		if col.Proposals.TotalCount != 50 {
			t.Errorf("got %d proposals in all, want 50", col.Proposals.TotalCount)
		}
		// Newest first: the adopted GOAL proposal is the last of 50.
		last := col.Proposals.Edges[49].Node
		if last.Status != "ADOPTED" || last.ProposedGoal == nil || last.Tally.Agree != 3 || len(last.Positions) != 3 {
			t.Errorf("the GOAL proposal: got %+v", last)
		}
		first := col.Proposals.Edges[0].Node
		if first.Status != "OPEN" || first.ProposedGoal != nil || first.Tally.Agree+first.Tally.Abstain+first.Tally.Disagree != 3 ||
			first.ViewerPosition == nil || first.Comments.TotalCount != 2 || first.Comments.Edges[0].Node.Body != "Comment 0 on 49" {
			t.Errorf("the newest proposal: got %+v", first)
		}
		acts := col.Activity.Edges
		if acts[0].Node.Verb != "collaboration.goal_changed" || acts[0].Node.Actor != nil || acts[0].Node.Subject == nil ||
			acts[1].Node.Verb != "proposal.adopted" || acts[2].Node.Verb != "comment.added" || acts[2].Node.Actor == nil || acts[2].Node.Subject == nil {
			t.Errorf("activity: got %+v", acts[:3])
		}
	})
}

// TestProposalBadInput sends bad input to each proposal mutation and argument and checks
// the code and that nothing was stored.
func TestProposalBadInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		h, svc := newHandler(t, db)
		member := seedCollabs(t, db, svc, 1)
		var c domain.Collaboration
		db.First(&c)
		p, err := svc.CreateProposal(domain.WithViewer(context.Background(), member), c.ID, deciding.ProposalInput{
			Kind: domain.ProposalOther, Title: "Meet on Sundays", ClosesAt: svc.Clock().Now().Add(24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		cid, pid := relay.ID(relay.TypeCollab, c.ID), relay.ID(relay.TypeProposal, p.ID)
		unknown := relay.ID(relay.TypeProposal, 99999)
		soon := svc.Clock().Now().Add(30 * time.Minute).Format(time.RFC3339)
		week := svc.Clock().Now().Add(7 * 24 * time.Hour).Format(time.RFC3339)
		late := svc.Clock().Now().Add(91 * 24 * time.Hour).Format(time.RFC3339)
		long := strings.Repeat("x", 5001)
		create := func(fields string) string {
			return `mutation { createProposal(input: {collaborationId: "` + cid + `", ` + fields + `}) { proposal { id } } }`
		}
		tests := []struct{ name, code, doc string }{
			{"short_title", "BAD_USER_INPUT", create(`kind: OTHER, title: "No", closesAt: "` + week + `"`)},
			{"long_title", "BAD_USER_INPUT", create(`kind: OTHER, title: "` + long[:121] + `", closesAt: "` + week + `"`)},
			{"long_body", "BAD_USER_INPUT", create(`kind: OTHER, title: "Paint", body: "` + long + `", closesAt: "` + week + `"`)},
			{"goal_without_goal", "BAD_USER_INPUT", create(`kind: GOAL, title: "New goal", closesAt: "` + week + `"`)},
			{"goal_too_long", "BAD_USER_INPUT", create(`kind: GOAL, title: "New goal", proposedGoal: "` + long[:2001] + `", closesAt: "` + week + `"`)},
			{"goal_on_other_kind", "BAD_USER_INPUT", create(`kind: OUTCOME, title: "Meals", proposedGoal: "Cook every day for all.", closesAt: "` + week + `"`)},
			{"closes_too_soon", "BAD_USER_INPUT", create(`kind: OTHER, title: "Paint", closesAt: "` + soon + `"`)},
			{"closes_too_late", "BAD_USER_INPUT", create(`kind: OTHER, title: "Paint", closesAt: "` + late + `"`)},
			{"closes_not_a_time", "BAD_USER_INPUT", create(`kind: OTHER, title: "Paint", closesAt: "next week"`)},
			{"unknown_collaboration", "NOT_FOUND", `mutation { createProposal(input: {collaborationId: "Q29sbGFib3JhdGlvbjo5OTk5", kind: OTHER, title: "Paint", closesAt: "` + week + `"}) { proposal { id } } }`},
			{"proposal_as_collaboration", "BAD_USER_INPUT", `mutation { createProposal(input: {collaborationId: "` + pid + `", kind: OTHER, title: "Paint", closesAt: "` + week + `"}) { proposal { id } } }`},
			{"block_without_reason", "BAD_USER_INPUT", `mutation { setPosition(input: {proposalId: "` + pid + `", stance: BLOCK}) { position { id } } }`},
			{"long_reason", "BAD_USER_INPUT", `mutation { setPosition(input: {proposalId: "` + pid + `", stance: AGREE, reason: "` + long[:1001] + `"}) { position { id } } }`},
			{"position_on_unknown", "NOT_FOUND", `mutation { setPosition(input: {proposalId: "` + unknown + `", stance: AGREE}) { position { id } } }`},
			{"position_on_collaboration", "BAD_USER_INPUT", `mutation { setPosition(input: {proposalId: "` + cid + `", stance: AGREE}) { position { id } } }`},
			{"empty_comment", "BAD_USER_INPUT", `mutation { commentOnProposal(input: {proposalId: "` + pid + `", body: " "}) { comment { id } } }`},
			{"long_comment", "BAD_USER_INPUT", `mutation { commentOnProposal(input: {proposalId: "` + pid + `", body: "` + long[:2001] + `"}) { comment { id } } }`},
			{"comment_on_unknown", "NOT_FOUND", `mutation { commentOnProposal(input: {proposalId: "` + unknown + `", body: "Hello"}) { comment { id } } }`},
			{"withdraw_unknown", "NOT_FOUND", `mutation { withdrawProposal(input: {proposalId: "` + unknown + `"}) { proposal { id } } }`},
			{"withdraw_malformed", "BAD_USER_INPUT", `mutation { withdrawProposal(input: {proposalId: "nonsense"}) { proposal { id } } }`},
			{"proposals_over_100", "BAD_USER_INPUT", `{ collaboration(slug: "` + c.Slug + `") { proposals(first: 101) { totalCount } } }`},
			{"activity_bad_cursor", "BAD_USER_INPUT", `{ collaboration(slug: "` + c.Slug + `") { activity(after: "garbage") { totalCount } } }`},
			{"comments_negative", "BAD_USER_INPUT", `{ collaboration(slug: "` + c.Slug + `") { proposals { edges { node { comments(first: -1) { totalCount } } } } } }`},
		}
		counts := func() [4]int64 {
			var out [4]int64
			for i, m := range []any{&domain.Proposal{}, &domain.Position{}, &domain.Comment{}, &domain.Activity{}} {
				db.Model(m).Count(&out[i])
			}
			return out
		}
		before := counts()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if got := outcome(t, h, member, tt.doc, nil); got != tt.code {
					t.Errorf("got %s, want %s", got, tt.code)
				}
			})
		}
		if after := counts(); after != before {
			t.Errorf("got proposals, positions, comments and activities %v after refused changes, want %v", after, before)
		}
	})
}
