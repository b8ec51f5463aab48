package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"kindred/auth"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/gather"
	"kindred/domain/impact"
	"kindred/domain/ledger"
	"kindred/domain/moderation"
	"kindred/domain/talk"
	"kindred/graph/relay"
)

// The roles of the authorization table, as people of one collaboration ("world").
// "blocked" is a steward whom the stranger blocked; "suspended" an account an admin
// suspended, whose viewer a request still carries (as one read just before).
var roles = []string{"anonymous", "stranger", "admin", "requester", "invitee", "member", "steward", "former", "removed", "blocked", "suspended"}

// world is what every cell starts from: a collaboration with a person in each role.
type world struct {
	people  map[string]*domain.Person // by role; "steward2" is a second steward
	collab  *domain.Collaboration
	members map[string]*domain.Membership
	need    *domain.Need
	binding *domain.Commitment // the member's BINDING commitment
	pending *domain.Commitment // the member's PENDING one
	value   *domain.Value      // held by everyone
	spare   *domain.Value      // held by nobody
	propose *domain.Value      // a PROPOSED value
	entry   *domain.Contribution
	token   *domain.AccessToken // the member's
	// proposal is an OPEN proposal by the member, closing a week after the handler's clock.
	proposal *domain.Proposal
	// proposalNeed is the open proposal's need of 5 hours.
	proposalNeed domain.ProposalNeed
	// decided is a proposal by the member, closed (adopted).
	decided *domain.Proposal
	// poll is an OPEN dot-vote poll (3 dots) by the member, with two options.
	poll    *domain.Proposal
	outcome *domain.Outcome
	reading *domain.Measurement // recorded by the member
	// link is the steward's invitation link, linkToken its token.
	link      *domain.InvitationLink
	linkToken string
	// thread is the member's thread, post its opening post.
	thread *domain.Thread
	post   *domain.Post
	// hiddenPost is a reply by the member a steward hid; comment and hiddenComment are
	// the member's comments on proposal, the second hidden.
	hiddenPost             *domain.Post
	comment, hiddenComment *domain.Comment
	// report is the stranger's open report of post.
	report *domain.Report
	// gathering is still to come (the member is going), ended has ended; day is a date
	// a week ahead, for planning.
	gathering, ended *domain.Gathering
	day              string
}

const password = "a long passphrase"

// buildWorld makes the world in a SQLite file and returns its path and contents.
func buildWorld(t *testing.T) (string, *world) {
	t.Helper()
	dsn := dbtest.URL(t, "sqlite")
	db, err := database.Open(context.Background(), dsn, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Closing writes the last pages into the file that each cell copies.
	defer func() {
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}()
	_, svc := newHandler(t, db)
	hash, _ := auth.HashPassword(password)
	w := &world{people: map[string]*domain.Person{}, members: map[string]*domain.Membership{}}
	var vals []*domain.Value
	db.Order("id").Limit(2).Find(&vals)
	w.value, w.spare = vals[0], vals[1]
	now := clocktest.Start()
	for _, r := range append(roles[1:], "steward2") {
		p := &domain.Person{Handle: r, DisplayName: r, Email: r + "@example.org", PasswordHash: hash, Skills: []string{},
			Visibility: domain.VisibilityPublic, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now}
		if r == "admin" {
			p.Role = domain.RoleAdmin
		}
		if err := db.Create(p).Error; err != nil {
			t.Fatal(err)
		}
		db.Create(&domain.PersonValue{PersonID: p.ID, ValueID: w.value.ID, Strength: 3, CreatedAt: now, UpdatedAt: now})
		w.people[r] = p
	}
	as := func(r string) context.Context { return domain.WithViewer(context.Background(), w.people[r]) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	one := collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1"}
	ten := 10
	w.collab, err = svc.CreateCollaboration(as("steward"), collab.CollaborationInput{Title: "World", Goal: "A goal for the table.",
		Values: []collab.ValueWeight{{ValueID: w.value.ID, Weight: 3}}, Remote: true, Commitment: one,
		Needs: []collab.NeedInput{{Kind: domain.KindTime, Quantity: "20"}}})
	must(err)
	db.Where("collaboration_id = ?", w.collab.ID).First(&w.need)
	join := func(r string, commits ...collab.CommitmentInput) *domain.Membership {
		m, err := svc.RequestToJoin(as(r), w.collab.ID, commits)
		must(err)
		m, err = svc.ApproveMember(as("steward"), m.ID)
		must(err)
		return m
	}
	w.members["steward2"] = join("steward2", one)
	_, err = svc.PromoteMember(as("steward"), w.members["steward2"].ID)
	must(err)
	w.members["member"] = join("member", one, collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1", Condition: domain.ConditionMembers, Threshold: &ten})
	var cs []*domain.Commitment
	db.Where("membership_id = ?", w.members["member"].ID).Order("id").Find(&cs)
	w.binding, w.pending = cs[0], cs[1]
	w.members["former"] = join("former", one)
	_, err = svc.LeaveCollaboration(as("former"), w.collab.ID)
	must(err)
	w.members["removed"] = join("removed", one)
	_, err = svc.RemoveMember(as("steward"), w.members["removed"].ID)
	must(err)
	w.members["requester"], err = svc.RequestToJoin(as("requester"), w.collab.ID, []collab.CommitmentInput{one})
	must(err)
	w.members["invitee"], err = svc.InviteMember(as("steward"), w.collab.ID, w.people["invitee"].ID)
	must(err)
	w.propose, err = svc.ProposeValue(as("stranger"), "Quiet places", "Room to think, rest and hear each other.")
	must(err)
	w.entry, err = svc.LogContribution(as("member"), w.collab.ID, ledger.ContributionInput{Kind: domain.KindTime, Quantity: "1", CommitmentID: &w.binding.ID})
	must(err)
	w.token, _, err = svc.CreateAccessToken(as("member"), "script", false)
	must(err)
	w.proposal, err = svc.CreateProposal(as("member"), w.collab.ID, deciding.ProposalInput{Kind: domain.ProposalOther,
		Title: "Meet on Sundays", ClosesAt: svc.Clock().Now().Add(7 * 24 * time.Hour), Needs: []collab.NeedInput{{Kind: domain.KindTime, Quantity: "5"}}})
	must(err)
	must(db.Where("proposal_id = ?", w.proposal.ID).First(&w.proposalNeed).Error)
	w.decided, err = svc.CreateProposal(as("member"), w.collab.ID, deciding.ProposalInput{Kind: domain.ProposalOther,
		Title: "Meet on Mondays", ClosesAt: svc.Clock().Now().Add(2 * time.Hour)})
	must(err)
	must(db.Model(&domain.Proposal{}).Where("id = ?", w.decided.ID).Updates(map[string]any{"status": domain.ProposalAdopted, "closed_at": now}).Error)
	three := 3
	w.poll, err = svc.CreateProposal(as("member"), w.collab.ID, deciding.ProposalInput{Kind: domain.ProposalOther, Title: "Where to meet",
		DecisionKind: domain.DecideByDotVote, DotsPerMember: &three, Options: []deciding.OptionInput{{Label: "Garden"}, {Label: "Library"}},
		ClosesAt: svc.Clock().Now().Add(7 * 24 * time.Hour)})
	must(err)
	w.outcome, err = svc.DefineOutcome(as("steward"), w.collab.ID, impact.OutcomeInput{Name: "Meals rescued", Unit: "meals", Baseline: 0, Target: 100})
	must(err)
	w.reading, err = svc.RecordMeasurement(as("member"), w.outcome.ID, impact.MeasurementInput{Value: 10, EvidenceNote: "counted"})
	must(err)
	w.thread, err = svc.StartThread(as("member"), w.collab.ID, talk.ThreadInput{Title: "Sunday rota", Body: "Who takes Sunday?"})
	must(err)
	db.Where("thread_id = ?", w.thread.ID).First(&w.post)
	w.members["blocked"] = join("blocked", one)
	_, err = svc.PromoteMember(as("steward"), w.members["blocked"].ID)
	must(err)
	_, err = svc.BlockPerson(as("stranger"), w.people["blocked"].ID)
	must(err)
	w.hiddenPost, err = svc.ReplyToThread(as("member"), w.thread.ID, "Buy my things")
	must(err)
	_, err = svc.HidePost(as("steward"), w.hiddenPost.ID, "Advertising")
	must(err)
	w.comment, err = svc.CommentOnProposal(as("member"), w.proposal.ID, "Sundays suit me")
	must(err)
	w.hiddenComment, err = svc.CommentOnProposal(as("member"), w.proposal.ID, "Buy my things")
	must(err)
	_, err = svc.HideComment(as("steward"), w.hiddenComment.ID, "Advertising")
	must(err)
	w.report, err = svc.ReportContent(as("stranger"), moderation.ReportInput{TargetType: domain.ReportPost, TargetID: w.post.ID, Reason: domain.ReasonSpam})
	must(err)
	_, err = svc.SuspendAccount(as("admin"), w.people["suspended"].ID, "Spam in every thread")
	must(err)
	w.day = svc.Clock().Now().AddDate(0, 0, 7).Format("2006-01-02")
	plan := func() *domain.Gathering {
		g, err := svc.PlanGathering(as("steward"), w.collab.ID, gather.Input{Title: "Volunteer day", LocalStart: w.day + "T10:00",
			LocalEnd: w.day + "T12:00", TimeZone: "Europe/Paris", Place: "The fridge"})
		must(err)
		_, err = svc.RSVP(as("member"), g.ID, domain.RSVPGoing)
		must(err)
		return g
	}
	w.gathering, w.ended = plan(), plan()
	must(db.Model(&domain.Gathering{}).Where("id = ?", w.ended.ID).
		Updates(map[string]any{"starts_at": now.Add(-3 * time.Hour), "ends_at": now.Add(-time.Hour)}).Error)
	w.link, w.linkToken, err = svc.CreateInvitationLink(as("steward"), w.collab.ID, collab.InvitationLinkInput{ExpiresAt: svc.Clock().Now().Add(7 * 24 * time.Hour)})
	must(err)
	return dsn, w
}

// cell is one mutation run by one role: its document and variables.
type cell func(w *world, role string) (doc string, vars map[string]any)

type rule struct {
	mutation string
	run      cell
	// want gives each role's expected outcome: "ok" or an error code. "*" covers the
	// roles not named.
	want map[string]string
}

func gid(typ string, id int64) string { return relay.ID(typ, id) }

const hourCommit = `{kind: TIME, quantity: "1"}`

var signedIn = map[string]string{"anonymous": "UNAUTHENTICATED", "*": "ok"}
var stewardsOnly = map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "*": "FORBIDDEN"}
var activeMembers = map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}

// moderators are a collaboration's stewards and the site's admins.
var moderators = map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "admin": "ok", "*": "FORBIDDEN"}
var adminsOnly = map[string]string{"anonymous": "UNAUTHENTICATED", "admin": "ok", "*": "FORBIDDEN"}

func membershipDoc(mutation string) cell {
	return func(w *world, _ string) (string, map[string]any) {
		target := map[string]string{"approveMember": "requester", "declineMember": "requester", "removeMember": "member",
			"promoteMember": "member", "demoteMember": "steward2", "declineInvitation": "invitee", "withdrawInvitation": "invitee"}[mutation]
		return fmt.Sprintf(`mutation($id: ID!) { %s(input: {membershipId: $id}) { membership { status role } } }`, mutation),
			map[string]any{"id": gid(relay.TypeMembership, w.members[target].ID)}
	}
}

func commitmentDoc(mutation string, target func(*world) *domain.Commitment) cell {
	return func(w *world, _ string) (string, map[string]any) {
		return fmt.Sprintf(`mutation($id: ID!) { %s(input: {commitmentId: $id}) { commitment { status } } }`, mutation),
			map[string]any{"id": gid(relay.TypeCommitment, target(w).ID)}
	}
}

func proposalDoc(doc string) cell {
	return func(w *world, _ string) (string, map[string]any) {
		return doc, map[string]any{"p": gid(relay.TypeProposal, w.proposal.ID)}
	}
}

func collabDoc(doc string) cell {
	return func(w *world, _ string) (string, map[string]any) {
		return doc, map[string]any{"c": gid(relay.TypeCollab, w.collab.ID)}
	}
}

var table = []rule{
	{"signUp", func(w *world, r string) (string, map[string]any) {
		return `mutation($h: String!) { signUp(input: {handle: $h, displayName: "N", email: "new@example.org", password: "a long passphrase"}) { viewer { handle } } }`,
			map[string]any{"h": "new-" + r}
	}, map[string]string{"*": "ok"}},
	{"logIn", func(w *world, r string) (string, map[string]any) {
		return `mutation { logIn(input: {login: "member", password: "a long passphrase"}) { viewer { handle } } }`, nil
	}, map[string]string{"*": "ok"}},
	{"refreshToken", func(w *world, r string) (string, map[string]any) {
		return `mutation { refreshToken(input: {refreshToken: "not-a-token"}) { accessToken } }`, nil
	}, map[string]string{"suspended": "UNAUTHENTICATED", "*": "UNAUTHENTICATED"}}, // needs no one signed in
	{"logOut", func(w *world, r string) (string, map[string]any) {
		return `mutation { logOut(input: {refreshToken: "not-a-token"}) { sessionsEnded } }`, nil
	}, map[string]string{"*": "ok"}},
	{"logOutEverywhere", func(w *world, r string) (string, map[string]any) {
		return `mutation { logOutEverywhere { sessionsEnded } }`, nil
	}, signedIn},
	{"changePassword", func(w *world, r string) (string, map[string]any) {
		return `mutation { changePassword(input: {currentPassword: "a long passphrase", newPassword: "a newer passphrase"}) { viewer { handle } } }`, nil
	}, signedIn},
	// The handler has no mail: what needs a mailed link says so, to anyone.
	{"requestPasswordReset", func(w *world, r string) (string, map[string]any) {
		return `mutation { requestPasswordReset(input: {email: "member@example.org"}) { email } }`, nil
	}, map[string]string{"*": "MAIL_NOT_CONFIGURED"}},
	{"resetPassword", func(w *world, r string) (string, map[string]any) {
		return `mutation { resetPassword(input: {token: "not-a-token", newPassword: "a newer passphrase"}) { viewer { handle } } }`, nil
	}, map[string]string{"*": "BAD_USER_INPUT"}},
	{"requestEmailVerification", func(w *world, r string) (string, map[string]any) {
		return `mutation { requestEmailVerification { email } }`, nil
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "*": "MAIL_NOT_CONFIGURED"}},
	{"verifyEmail", func(w *world, r string) (string, map[string]any) {
		return `mutation { verifyEmail(input: {token: "not-a-token"}) { email } }`, nil
	}, map[string]string{"*": "BAD_USER_INPUT"}},
	{"changeEmail", func(w *world, r string) (string, map[string]any) {
		return `mutation { changeEmail(input: {password: "a long passphrase", email: "moved@example.net"}) { person { pendingEmail } } }`, nil
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "*": "MAIL_NOT_CONFIGURED"}},
	{"updateProfile", func(w *world, r string) (string, map[string]any) {
		return `mutation { updateProfile(input: {bio: "Hello"}) { person { bio } } }`, nil
	}, signedIn},
	{"setMyValue", func(w *world, r string) (string, map[string]any) {
		return `mutation($v: ID!) { setMyValue(input: {valueId: $v, strength: 4}) { personValue { strength } } }`, map[string]any{"v": gid(relay.TypeValue, w.spare.ID)}
	}, signedIn},
	{"removeMyValue", func(w *world, r string) (string, map[string]any) {
		return `mutation($v: ID!) { removeMyValue(input: {valueId: $v}) { removedPersonValueId } }`, map[string]any{"v": gid(relay.TypeValue, w.value.ID)}
	}, signedIn},
	{"proposeValue", func(w *world, r string) (string, map[string]any) {
		return `mutation { proposeValue(input: {name: "Patience", description: "Letting good things take their time."}) { value { status } } }`, nil
	}, signedIn},
	{"reviewValue", func(w *world, r string) (string, map[string]any) {
		return `mutation($v: ID!) { reviewValue(input: {valueId: $v, decision: APPROVE}) { value { status } } }`, map[string]any{"v": gid(relay.TypeValue, w.propose.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "admin": "ok", "*": "FORBIDDEN"}},
	{"createCollaboration", func(w *world, r string) (string, map[string]any) {
		return `mutation($v: ID!) { createCollaboration(input: {title: "Another", goal: "Another goal to reach.", remote: true,
			values: [{valueId: $v, weight: 2}], commitment: ` + hourCommit + `}) { collaboration { slug } } }`, map[string]any{"v": gid(relay.TypeValue, w.value.ID)}
	}, signedIn},
	{"updateCollaboration", collabDoc(`mutation($c: ID!) { updateCollaboration(input: {collaborationId: $c, title: "Renamed"}) { collaboration { title } } }`), stewardsOnly},
	{"setCollaborationStatus", collabDoc(`mutation($c: ID!) { setCollaborationStatus(input: {collaborationId: $c, status: ACTIVE}) { collaboration { status } } }`), stewardsOnly},
	{"addNeed", collabDoc(`mutation($c: ID!) { addNeed(input: {collaborationId: $c, need: {kind: MONEY, quantity: "50", currency: "EUR"}}) { need { filled } } }`), stewardsOnly},
	{"updateNeed", func(w *world, r string) (string, map[string]any) {
		return `mutation($n: ID!) { updateNeed(input: {needId: $n, description: "More"}) { need { description } } }`, map[string]any{"n": gid(relay.TypeNeed, w.need.ID)}
	}, stewardsOnly},
	{"requestToJoin", collabDoc(`mutation($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [` + hourCommit + `]}) { membership { status } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "stranger": "ok", "admin": "ok", "former": "ok", "removed": "FORBIDDEN", "*": "CONFLICT"}},
	{"inviteMember", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!, $p: ID!) { inviteMember(input: {collaborationId: $c, personId: $p}) { membership { status } } }`,
			map[string]any{"c": gid(relay.TypeCollab, w.collab.ID), "p": gid(relay.TypePerson, w.people["stranger"].ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "blocked": "FORBIDDEN", "*": "FORBIDDEN"}}, // the stranger blocked "blocked"
	{"inviteTeam", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!, $p: ID!) { inviteTeam(input: {collaborationId: $c, personIds: [$p]}) { memberships { status } } }`,
			map[string]any{"c": gid(relay.TypeCollab, w.collab.ID), "p": gid(relay.TypePerson, w.people["stranger"].ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "blocked": "FORBIDDEN", "*": "FORBIDDEN"}},
	// The handler has no mail: a steward's invitation to a new address says so.
	{"inviteByEmail", collabDoc(`mutation($c: ID!) { inviteByEmail(input: {collaborationId: $c, emails: ["newcomer@example.org"]}) { mailed { email } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "MAIL_NOT_CONFIGURED", "*": "FORBIDDEN"}},
	{"acceptInvitation", func(w *world, r string) (string, map[string]any) {
		return `mutation($m: ID!) { acceptInvitation(input: {membershipId: $m, commitments: [` + hourCommit + `]}) { membership { status } } }`,
			map[string]any{"m": gid(relay.TypeMembership, w.members["invitee"].ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "invitee": "ok", "*": "FORBIDDEN"}},
	{"declineInvitation", membershipDoc("declineInvitation"), map[string]string{"anonymous": "UNAUTHENTICATED", "invitee": "ok", "*": "FORBIDDEN"}},
	{"withdrawInvitation", membershipDoc("withdrawInvitation"), stewardsOnly},
	{"createInvitationLink", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!, $e: Time!) { createInvitationLink(input: {collaborationId: $c, expiresAt: $e, maxUses: 5}) { url invitationLink { status } } }`,
			map[string]any{"c": gid(relay.TypeCollab, w.collab.ID), "e": w.link.ExpiresAt.Format(time.RFC3339)}
	}, stewardsOnly},
	{"revokeInvitationLink", func(w *world, r string) (string, map[string]any) {
		return `mutation($l: ID!) { revokeInvitationLink(input: {invitationLinkId: $l}) { invitationLink { status } } }`,
			map[string]any{"l": gid(relay.TypeInvitationLink, w.link.ID)}
	}, stewardsOnly},
	{"joinByInvitationLink", func(w *world, r string) (string, map[string]any) {
		return `mutation($t: String!) { joinByInvitationLink(input: {token: $t, commitments: [` + hourCommit + `]}) { membership { status } } }`,
			map[string]any{"t": w.linkToken}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "CONFLICT", "steward": "CONFLICT", "removed": "FORBIDDEN", "*": "ok"}},
	{"approveMember", membershipDoc("approveMember"), stewardsOnly},
	{"declineMember", membershipDoc("declineMember"), stewardsOnly},
	{"removeMember", membershipDoc("removeMember"), stewardsOnly},
	{"promoteMember", membershipDoc("promoteMember"), stewardsOnly},
	{"demoteMember", membershipDoc("demoteMember"), stewardsOnly},
	{"leaveCollaboration", collabDoc(`mutation($c: ID!) { leaveCollaboration(input: {collaborationId: $c}) { membership { status } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "requester": "ok", "*": "CONFLICT"}},
	{"makeCommitment", collabDoc(`mutation($c: ID!) { makeCommitment(input: {collaborationId: $c, commitment: ` + hourCommit + `}) { commitment { status } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}},
	{"withdrawCommitment", commitmentDoc("withdrawCommitment", func(w *world) *domain.Commitment { return w.pending }),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}},
	{"reviseCommitment", func(w *world, r string) (string, map[string]any) {
		return `mutation($id: ID!) { reviseCommitment(input: {commitmentId: $id, quantity: "2"}) { commitment { status } } }`,
			map[string]any{"id": gid(relay.TypeCommitment, w.binding.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}},
	{"releaseCommitment", commitmentDoc("releaseCommitment", func(w *world) *domain.Commitment { return w.binding }), stewardsOnly},
	// The member's binding commitment is a one-off: only its maker gets as far as the rule
	// that a one-off is not cancelled.
	{"cancelCommitment", commitmentDoc("cancelCommitment", func(w *world) *domain.Commitment { return w.binding }),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "CONFLICT", "*": "FORBIDDEN"}},
	{"logContribution", collabDoc(`mutation($c: ID!) { logContribution(input: {collaborationId: $c, kind: TIME, quantity: "1.5"}) { contribution { status } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}},
	{"confirmContribution", func(w *world, r string) (string, map[string]any) {
		return `mutation($e: ID!) { confirmContribution(input: {contributionId: $e}) { contribution { status } } }`, map[string]any{"e": gid(relay.TypeContrib, w.entry.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "member": "FORBIDDEN", "*": "FORBIDDEN"}}, // the member logged it
	{"reverseContribution", func(w *world, r string) (string, map[string]any) {
		return `mutation($e: ID!) { reverseContribution(input: {contributionId: $e, note: "wrong"}) { contribution { status } } }`, map[string]any{"e": gid(relay.TypeContrib, w.entry.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}},
	{"createProposal", collabDoc(`mutation($c: ID!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "Paint the shed",
		closesAt: "` + clocktest.Start().AddDate(0, 0, 7).Format(time.RFC3339) + `"}) { proposal { status } } }`), activeMembers},
	{"setPosition", proposalDoc(`mutation($p: ID!) { setPosition(input: {proposalId: $p, stance: BLOCK, reason: "Not yet"}) { position { stance } } }`), activeMembers},
	{"pledgeToProposal", func(w *world, r string) (string, map[string]any) {
		return `mutation($n: ID!) { pledgeToProposal(input: {proposalNeedId: $n, quantity: "2"}) { commitment { status } } }`,
			map[string]any{"n": gid(relay.TypeProposalNeed, w.proposalNeed.ID)}
	}, activeMembers},
	{"commentOnProposal", proposalDoc(`mutation($p: ID!) { commentOnProposal(input: {proposalId: $p, body: "Why Sundays?"}) { comment { body } } }`), activeMembers},
	{"withdrawProposal", proposalDoc(`mutation($p: ID!) { withdrawProposal(input: {proposalId: $p}) { proposal { status } } }`),
		map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}},
	{"stateDecision", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { stateDecision(input: {proposalId: $p, statement: "We meet on Mondays."}) { proposal { decisionStatement } } }`,
			map[string]any{"p": gid(relay.TypeProposal, w.decided.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}}, // its author, or a steward
	{"castBallot", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { castBallot(input: {proposalId: $p, marks: [{option: 1, dots: 2}, {option: 2, dots: 1}]}) { ballot { marks { option dots } } } }`,
			map[string]any{"p": gid(relay.TypeProposal, w.poll.ID)}
	}, activeMembers},
	{"createProposal", collabDoc(`mutation($c: ID!) { createProposal(input: {collaborationId: $c, kind: OTHER, title: "When to meet", decisionKind: MEETING_TIME,
		options: [{start: "2031-01-07T18:00", end: "2031-01-07T19:00", timeZone: "Europe/Paris"}, {start: "2031-01-08T18:00", end: "2031-01-08T19:00", timeZone: "Europe/Paris"}],
		closesAt: "` + clocktest.Start().AddDate(0, 0, 7).Format(time.RFC3339) + `"}) { proposal { decisionKind options { localStart } } } }`), activeMembers},
	{"startThread", collabDoc(`mutation($c: ID!) { startThread(input: {collaborationId: $c, title: "Tools", body: "Who has a drill?"}) { thread { replyCount } } }`), activeMembers},
	{"replyToThread", func(w *world, r string) (string, map[string]any) {
		return `mutation($t: ID!) { replyToThread(input: {threadId: $t, body: "I do, @member"}) { post { body } } }`, map[string]any{"t": gid(relay.TypeThread, w.thread.ID)}
	}, activeMembers},
	{"editPost", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { editPost(input: {postId: $p, body: "Who takes Saturday?"}) { post { editedAt } } }`, map[string]any{"p": gid(relay.TypePost, w.post.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}}, // the member wrote it
	{"planGathering", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!, $s: String!, $e: String!) { planGathering(input: {collaborationId: $c, title: "Planning call", localStart: $s, localEnd: $e,
			timeZone: "Europe/Paris", onlineUrl: "https://meet.example.org/x"}) { gathering { number } } }`,
			map[string]any{"c": gid(relay.TypeCollab, w.collab.ID), "s": w.day + "T18:00", "e": w.day + "T19:00"}
	}, stewardsOnly},
	{"updateGathering", func(w *world, r string) (string, map[string]any) {
		return `mutation($g: ID!, $s: String!, $e: String!) { updateGathering(input: {gatheringId: $g, title: "Volunteer day", localStart: $s, localEnd: $e,
			timeZone: "Europe/Paris", place: "The fridge", capacity: 5}) { gathering { capacity } } }`,
			map[string]any{"g": gid(relay.TypeGathering, w.gathering.ID), "s": w.day + "T10:00", "e": w.day + "T13:00"}
	}, stewardsOnly},
	{"cancelGathering", func(w *world, r string) (string, map[string]any) {
		return `mutation($g: ID!) { cancelGathering(input: {gatheringId: $g}) { gathering { cancelledAt } } }`, map[string]any{"g": gid(relay.TypeGathering, w.gathering.ID)}
	}, stewardsOnly},
	{"rsvpGathering", func(w *world, r string) (string, map[string]any) {
		return `mutation($g: ID!) { rsvpGathering(input: {gatheringId: $g, status: MAYBE}) { gathering { viewerRsvp } } }`, map[string]any{"g": gid(relay.TypeGathering, w.gathering.ID)}
	}, activeMembers},
	{"recordAttendance", func(w *world, r string) (string, map[string]any) {
		return `mutation($g: ID!) { recordAttendance(input: {gatheringId: $g}) { gathering { attendanceRecordedAt } } }`, map[string]any{"g": gid(relay.TypeGathering, w.ended.ID)}
	}, stewardsOnly},
	{"regenerateCalendarFeed", func(w *world, r string) (string, map[string]any) {
		return `mutation { regenerateCalendarFeed(input: {}) { url } }`, nil
	}, signedIn},
	{"revokeCalendarFeed", func(w *world, r string) (string, map[string]any) {
		return `mutation { revokeCalendarFeed(input: {}) { revoked } }`, nil
	}, signedIn},
	{"linkOutcomes", func(w *world, r string) (string, map[string]any) {
		return `mutation($e: ID!, $o: ID!) { linkOutcomes(input: {subjectId: $e, outcomeIds: [$o]}) { serves { name } } }`,
			map[string]any{"e": gid(relay.TypeContrib, w.entry.ID), "o": gid(relay.TypeOutcome, w.outcome.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}}, // the member logged it
	{"linkOutcomes", func(w *world, r string) (string, map[string]any) {
		return `mutation($n: ID!, $o: ID!) { linkOutcomes(input: {subjectId: $n, outcomeIds: [$o]}) { subject { ... on Need { serves { name } } } } }`,
			map[string]any{"n": gid(relay.TypeNeed, w.need.ID), "o": gid(relay.TypeOutcome, w.outcome.ID)}
	}, stewardsOnly},
	{"linkOutcomes", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!, $o: ID!) { linkOutcomes(input: {subjectId: $c, outcomeIds: [$o]}) { subject { ... on Commitment { serves { name } } } } }`,
			map[string]any{"c": gid(relay.TypeCommitment, w.binding.ID), "o": gid(relay.TypeOutcome, w.outcome.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "FORBIDDEN"}},
	{"defineOutcome", collabDoc(`mutation($c: ID!) { defineOutcome(input: {collaborationId: $c, name: "Trees planted", unit: "trees", baseline: 0, target: 50}) { outcome { direction } } }`), stewardsOnly},
	{"reviseOutcome", func(w *world, r string) (string, map[string]any) {
		return `mutation($o: ID!) { reviseOutcome(input: {outcomeId: $o, target: 120, reason: "more"}) { outcome { target history { target } } } }`,
			map[string]any{"o": gid(relay.TypeOutcome, w.outcome.ID)}
	}, stewardsOnly},
	{"recordMeasurement", func(w *world, r string) (string, map[string]any) {
		return `mutation($o: ID!) { recordMeasurement(input: {outcomeId: $o, value: 20, evidenceUrl: "https://example.org/count"}) { measurement { current } } }`,
			map[string]any{"o": gid(relay.TypeOutcome, w.outcome.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "steward": "ok", "*": "FORBIDDEN"}},
	{"attestMeasurement", func(w *world, r string) (string, map[string]any) {
		return `mutation($m: ID!) { attestMeasurement(input: {measurementId: $m}) { measurement { attestations { person { handle } } } } }`,
			map[string]any{"m": gid(relay.TypeMeasurement, w.reading.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "steward": "ok", "member": "FORBIDDEN", "*": "FORBIDDEN"}}, // the member recorded it
	{"createAccessToken", func(w *world, r string) (string, map[string]any) {
		return `mutation { createAccessToken(input: {name: "cli", scope: READ}) { token } }`, nil
	}, signedIn},
	{"revokeAccessToken", func(w *world, r string) (string, map[string]any) {
		return `mutation($t: ID!) { revokeAccessToken(input: {accessTokenId: $t}) { accessToken { revokedAt } } }`, map[string]any{"t": gid(relay.TypeAccessToken, w.token.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "ok", "*": "NOT_FOUND"}}, // nobody else's token
	{"deleteAccount", func(w *world, r string) (string, map[string]any) {
		return `mutation { deleteAccount(input: {password: "a long passphrase"}) { deleted } }`, nil
	}, signedIn}, // the steward may: steward2 remains
	{"reportContent", func(w *world, r string) (string, map[string]any) {
		return `mutation($t: ID!) { reportContent(input: {targetId: $t, reason: SPAM}) { report { status } } }`, map[string]any{"t": gid(relay.TypePost, w.post.ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "CONFLICT", "stranger": "CONFLICT", "*": "ok"}}, // the member wrote it; the stranger reported it
	{"hidePost", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { hidePost(input: {postId: $p, reason: "Off topic"}) { post { hidden { reason } } } }`, map[string]any{"p": gid(relay.TypePost, w.post.ID)}
	}, moderators},
	{"unhidePost", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { unhidePost(input: {postId: $p}) { post { body } } }`, map[string]any{"p": gid(relay.TypePost, w.hiddenPost.ID)}
	}, moderators},
	{"hideComment", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!) { hideComment(input: {commentId: $c, reason: "Off topic"}) { comment { hidden { reason } } } }`, map[string]any{"c": gid(relay.TypeComment, w.comment.ID)}
	}, moderators},
	{"unhideComment", func(w *world, r string) (string, map[string]any) {
		return `mutation($c: ID!) { unhideComment(input: {commentId: $c}) { comment { body } } }`, map[string]any{"c": gid(relay.TypeComment, w.hiddenComment.ID)}
	}, moderators},
	{"resolveReport", func(w *world, r string) (string, map[string]any) {
		return `mutation($r: ID!) { resolveReport(input: {reportId: $r, status: DISMISSED}) { report { status } } }`, map[string]any{"r": gid(relay.TypeReport, w.report.ID)}
	}, adminsOnly},
	{"suspendAccount", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { suspendAccount(input: {personId: $p, reason: "Spam"}) { person { handle } } }`, map[string]any{"p": gid(relay.TypePerson, w.people["member"].ID)}
	}, adminsOnly},
	{"restoreAccount", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { restoreAccount(input: {personId: $p}) { person { handle } } }`, map[string]any{"p": gid(relay.TypePerson, w.people["suspended"].ID)}
	}, adminsOnly},
	{"blockPerson", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { blockPerson(input: {personId: $p}) { person { viewerHasBlocked } } }`, map[string]any{"p": gid(relay.TypePerson, w.people["member"].ID)}
	}, map[string]string{"anonymous": "UNAUTHENTICATED", "member": "CONFLICT", "*": "ok"}}, // nobody blocks themselves
	{"unblockPerson", func(w *world, r string) (string, map[string]any) {
		return `mutation($p: ID!) { unblockPerson(input: {personId: $p}) { person { viewerHasBlocked } } }`, map[string]any{"p": gid(relay.TypePerson, w.people["blocked"].ID)}
	}, signedIn},
	{"markNotificationsRead", func(w *world, r string) (string, map[string]any) {
		return `mutation { markNotificationsRead(input: {all: true}) { unreadCount } }`, nil
	}, signedIn},
	{"setMailPreference", func(w *world, r string) (string, map[string]any) {
		return `mutation { setMailPreference(input: {kind: INVITATION, cadence: DAILY}) { mailPreferences { kind cadence } } }`, nil
	}, signedIn},
}

// expect is role's expected outcome. Unless a row names them, the blocked steward fares
// as the steward (a block matters only where a row says so), and the suspended account
// is refused everything that needs someone signed in (FORBIDDEN) and fares as anonymous
// in the rest.
func (rl rule) expect(role string) string {
	if want, ok := rl.want[role]; ok {
		return want
	}
	switch role {
	case "blocked":
		return rl.expect("steward")
	case "suspended":
		if anon := rl.expect("anonymous"); anon != "UNAUTHENTICATED" {
			return anon
		}
		return "FORBIDDEN"
	}
	return rl.want["*"]
}

// TestAuthorizationTable runs every mutation as every role, each on a fresh copy of the
// world, and checks each cell's outcome, the successes included.
func TestAuthorizationTable(t *testing.T) {
	src, w := buildWorld(t)
	for _, rl := range table {
		for _, role := range roles {
			want := rl.expect(role)
			t.Run(rl.mutation+"/"+role, func(t *testing.T) {
				t.Parallel()
				db := copyDB(t, src)
				h, _ := newHandler(t, db)
				var viewer *domain.Person
				if p := w.people[role]; p != nil {
					viewer = &domain.Person{}
					db.First(viewer, p.ID)
				}
				doc, vars := rl.run(w, role)
				got := outcome(t, h, viewer, doc, vars)
				if got != want {
					t.Errorf("got %s, want %s", got, want)
				}
			})
		}
	}
}

// TestAuthorizationTableCoversSchema fails when a mutation of the schema has no rows.
func TestAuthorizationTableCoversSchema(t *testing.T) {
	src, _ := os.ReadFile("../schema.graphql")
	schema := gqlparser.MustLoadSchema(&ast.Source{Name: "schema.graphql", Input: string(src)})
	covered := map[string]bool{}
	for _, r := range table {
		covered[r.mutation] = true
	}
	var missing []string
	for _, f := range schema.Mutation.Fields {
		if !covered[f.Name] {
			missing = append(missing, f.Name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("mutations without rows in the authorization table: %s", strings.Join(missing, ", "))
	}
}

func copyDB(t *testing.T, src string) *database.DB {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "cell.db")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := database.Open(context.Background(), dst, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

// outcome runs doc as viewer and returns "ok" or the first error's code.
func outcome(t *testing.T, h http.Handler, viewer *domain.Person, doc string, vars map[string]any) string {
	t.Helper()
	withViewer := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer != nil {
			r = r.WithContext(domain.WithViewer(r.Context(), viewer))
		}
		h.ServeHTTP(w, r)
	})
	opts := []client.Option{}
	for k, v := range vars {
		opts = append(opts, client.Var(k, v))
	}
	resp, err := client.New(withViewer).RawPost(doc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Errors) == 0 {
		return "ok"
	}
	var errs []struct {
		Message    string
		Extensions map[string]any
	}
	if err := json.Unmarshal(resp.Errors, &errs); err != nil || len(errs) == 0 {
		t.Fatalf("errors %s: %v", resp.Errors, err)
	}
	code, _ := errs[0].Extensions["code"].(string)
	if code == "" {
		return "no code: " + errs[0].Message
	}
	return code
}
