package notify

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/mail"
)

// PreferencesPath is the web app's mail preferences page.
const PreferencesPath = "/settings/notifications"

// item is one notification as mail tells it.
type item struct {
	// Subject is the notification as a mail subject; Sentence as a sentence of the body.
	Subject, Sentence string
	// Action says what Link lets the person do.
	Action, Link string
	// Collab is the collaboration's title, CollabID its key (0: none).
	Collab   string
	CollabID int64
}

// mailKindWords name each kind of mail in a sentence ("mail about …").
var mailKindWords = map[MailKind]string{
	MailInvitation:            "invitations",
	MailJoinRequest:           "join requests",
	MailContributionToConfirm: "contributions to confirm",
	MailProposalClosing:       "proposals closing without your position",
	MailCommitmentDue:         "commitments due",
	MailProposalDecided:       "proposals adopted or rejected",
	MailProposalReview:        "decisions due for review",
	MailMention:               "mentions of you in conversations",
	MailGatheringUpdate:       "gatherings you plan to attend",
}

// describe tells each notification as mail says it, in order, reading what it names in
// a few queries.
func (s *Notify) describe(db *gorm.DB, ns []*domain.Notification) ([]item, error) {
	var collabIDs, actorIDs, proposalIDs, postIDs, gatheringIDs []int64
	for _, n := range ns {
		if n.CollaborationID != nil {
			collabIDs = append(collabIDs, *n.CollaborationID)
		}
		if n.ActorID != nil {
			actorIDs = append(actorIDs, *n.ActorID)
		}
		switch n.SubjectType {
		case "Proposal":
			proposalIDs = append(proposalIDs, n.SubjectID)
		case "Post":
			postIDs = append(postIDs, n.SubjectID)
		case "Gathering":
			gatheringIDs = append(gatheringIDs, n.SubjectID)
		}
	}
	var collabs []domain.Collaboration
	if err := db.Select("id", "slug", "title").Where("id IN ?", append(collabIDs, 0)).Find(&collabs).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	var actors []domain.Person
	if err := db.Select("id", "display_name").Where("id IN ?", append(actorIDs, 0)).Find(&actors).Error; err != nil {
		return nil, domain.DBErr(err, "people")
	}
	var proposals []domain.Proposal
	if err := db.Select("id", "title").Where("id IN ?", append(proposalIDs, 0)).Find(&proposals).Error; err != nil {
		return nil, domain.DBErr(err, "proposals")
	}
	var posts []struct {
		ID, ThreadID int64
		Title        string
	}
	if err := db.Table("posts").Select("posts.id, posts.thread_id, threads.title").Joins("JOIN threads ON threads.id = posts.thread_id").
		Where("posts.id IN ?", append(postIDs, 0)).Scan(&posts).Error; err != nil {
		return nil, domain.DBErr(err, "posts")
	}
	var gatherings []domain.Gathering
	if err := db.Select("id", "title", "starts_at", "time_zone").Where("id IN ?", append(gatheringIDs, 0)).Find(&gatherings).Error; err != nil {
		return nil, domain.DBErr(err, "gatherings")
	}
	gatheringByID := map[int64]domain.Gathering{}
	for _, g := range gatherings {
		gatheringByID[g.ID] = g
	}
	type threadOf struct {
		ID    int64
		Title string
	}
	postThread := map[int64]threadOf{}
	for _, p := range posts {
		postThread[p.ID] = threadOf{p.ThreadID, p.Title}
	}
	collabByID := map[int64]domain.Collaboration{}
	for _, c := range collabs {
		collabByID[c.ID] = c
	}
	actorName := map[int64]string{}
	for _, a := range actors {
		actorName[a.ID] = a.DisplayName
	}
	title := map[int64]string{}
	for _, p := range proposals {
		title[p.ID] = p.Title
	}
	out := make([]item, len(ns))
	for i, n := range ns {
		var c domain.Collaboration
		if n.CollaborationID != nil {
			c = collabByID[*n.CollaborationID]
		}
		who := "Someone"
		if n.ActorID != nil && actorName[*n.ActorID] != "" {
			who = actorName[*n.ActorID]
		}
		where := "/c/" + url.PathEscape(c.Slug)
		proposal := "A proposal"
		if t := title[n.SubjectID]; n.SubjectType == "Proposal" && t != "" {
			proposal = "“" + t + "”"
		}
		it := item{Collab: c.Title, CollabID: c.ID, Link: s.Mail.Link(where)}
		switch n.Kind {
		case domain.NotifyInvitation:
			it.Subject = fmt.Sprintf("%s invited you to join %s", who, c.Title)
			it.Sentence = it.Subject + "."
			it.Action = "See the invitation"
		case domain.NotifyJoinRequest:
			it.Subject = fmt.Sprintf("%s asked to join %s", who, c.Title)
			it.Sentence = it.Subject + ". As a steward, you decide."
			it.Action, it.Link = "Answer the request", s.Mail.Link(where+"/people")
		case domain.NotifyContributionToConfirm:
			it.Subject = fmt.Sprintf("%s logged a contribution to %s", who, c.Title)
			it.Sentence = it.Subject + ". You can confirm it if you know it happened."
			it.Action, it.Link = "Confirm on your dashboard", s.Mail.Link("/dashboard")
		case domain.NotifyProposalClosing:
			it.Subject = fmt.Sprintf("%s in %s closes within a day", proposal, c.Title)
			it.Sentence = it.Subject + ", and you have not taken a position."
			it.Action, it.Link = "Take a position", s.Mail.Link(where+"/decisions")
		case domain.NotifyCommitmentDue:
			it.Subject = fmt.Sprintf("Your commitment to %s is due within a week", c.Title)
			it.Sentence = it.Subject + "."
			it.Action, it.Link = "See your commitment", s.Mail.Link(where+"/ledger")
		case domain.NotifyCommitmentOverdue:
			it.Subject = fmt.Sprintf("Your commitment to %s is past its due date", c.Title)
			it.Sentence = it.Subject + " and not yet fulfilled."
			it.Action, it.Link = "See your commitment", s.Mail.Link(where+"/ledger")
		case domain.NotifyCommitmentLapsed:
			it.Subject = fmt.Sprintf("Your conditional commitment to %s lapsed", c.Title)
			it.Sentence = it.Subject + ": its condition had not held by the deadline you set, so it never bound."
			it.Action, it.Link = "See your commitments", s.Mail.Link(where+"/ledger")
		case domain.NotifyProposalAdopted, domain.NotifyProposalRejected:
			verb := "adopted"
			if n.Kind == domain.NotifyProposalRejected {
				verb = "rejected"
			}
			it.Subject = fmt.Sprintf("%s was %s in %s", proposal, verb, c.Title)
			it.Sentence = it.Subject + "."
			it.Action, it.Link = "See the decisions", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalQuorumNotReached:
			it.Subject = fmt.Sprintf("%s closed without quorum in %s", proposal, c.Title)
			it.Sentence = it.Subject + ": too few members took part, so it was not adopted."
			it.Action, it.Link = "See the decisions", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalNotCovered:
			it.Subject = fmt.Sprintf("%s was not adopted in %s: its pledges fell short", proposal, c.Title)
			it.Sentence = it.Subject + " of what it needs, so every pledge toward it lapsed."
			it.Action, it.Link = "See the decisions", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalReview:
			it.Subject = fmt.Sprintf("Time to review %s in %s", lowerFirst(proposal), c.Title)
			it.Sentence = it.Subject + ": the date set to revisit this decision has come."
			it.Action, it.Link = "See the decision", s.Mail.Link(where+"/decisions")
		case domain.NotifyMention:
			th := postThread[n.SubjectID]
			it.Subject = fmt.Sprintf("%s mentioned you in “%s” in %s", who, th.Title, c.Title)
			it.Sentence = it.Subject + "."
			it.Action, it.Link = "Read the conversation", s.Mail.Link(domain.ThreadPath(c.Slug, th.ID))
		case domain.NotifyGatheringMovedUp:
			g := gatheringByID[n.SubjectID]
			it.Subject = fmt.Sprintf("A place opened: you are going to “%s”", g.Title)
			it.Sentence = fmt.Sprintf("A place opened at “%s” in %s on %s, and you were first on the waiting list: you are now going. If you cannot come after all, answer on its page so the next person moves up.",
				g.Title, c.Title, localTime(g))
			it.Action, it.Link = "See the gathering", s.Mail.Link(domain.GatheringPath(c.Slug, g.ID))
		case domain.NotifyGatheringCancelled:
			g := gatheringByID[n.SubjectID]
			it.Subject = fmt.Sprintf("“%s” in %s was cancelled", g.Title, c.Title)
			it.Sentence = fmt.Sprintf("%s cancelled “%s”, planned for %s.", who, g.Title, localTime(g))
			it.Action, it.Link = "See the gathering", s.Mail.Link(domain.GatheringPath(c.Slug, g.ID))
		default:
			it.Subject = fmt.Sprintf("Something in %s waits for you", c.Title)
			it.Sentence = it.Subject + "."
			it.Action = "Open " + c.Title
		}
		out[i] = it
	}
	return out, nil
}

// lowerFirst turns "A proposal" into "a proposal" within a sentence.
func lowerFirst(s string) string {
	if strings.HasPrefix(s, "A ") {
		return "a " + s[2:]
	}
	return s
}

// notice is the mail of one notification sent at once.
var notice = mail.NewLayout("notice", "{{.Item.Subject}}",
	`Hello {{.Name}},

{{.Item.Sentence}}

{{.Item.Action}}: {{.Item.Link}}

You get this mail because you asked for mail about {{.Kind}} at once.
Change how often Kindred writes: {{.Preferences}}
Stop mail about {{.Kind}}: {{.Unsubscribe}}
`,
	`<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">
<p>Hello {{.Name}},</p>
<p>{{.Item.Sentence}}</p>
<p><a href="{{.Item.Link}}">{{.Item.Action}}</a></p>
<hr>
<p style="color:#555;font-size:small">You get this mail because you asked for mail about {{.Kind}} at once.
<a href="{{.Preferences}}">Change how often Kindred writes</a> or
<a href="{{.Unsubscribe}}">stop mail about {{.Kind}}</a>.</p>
</body></html>
`)

// mailAtOnce queues, in the notification's transaction, the mail of n when its person
// wants that kind at once; without mail configured it sends nothing and says nothing.
func (s *Notify) mailAtOnce(tx *gorm.DB, n *domain.Notification) error {
	if !s.Mail.Configured() {
		return nil
	}
	kind := MailKindOf(n.Kind)
	c, err := cadences(tx, n.PersonID)
	if err != nil || c[kind] != CadenceImmediate {
		return err
	}
	p, err := domain.PersonByID(tx.Statement.Context, tx, n.PersonID)
	if err != nil {
		return domain.DBErr(err, "person")
	}
	if !mailable(p) {
		return nil
	}
	items, err := s.describe(tx, []*domain.Notification{n})
	if err != nil {
		return err
	}
	msg, err := notice.Render(p.Email, map[string]any{"Name": p.DisplayName, "Item": items[0], "Kind": mailKindWords[kind],
		"Preferences": s.Mail.Link(PreferencesPath), "Unsubscribe": s.UnsubscribeLink(p.ID, kind)})
	if err != nil {
		return err
	}
	msg.PersonID, msg.Unsubscribe = p.ID, s.UnsubscribeLink(p.ID, kind)
	if err := s.Mail.Queue(tx.Statement.Context, tx, msg); err != nil {
		if errors.Is(err, mail.ErrNotConfigured) {
			return nil
		}
		return err
	}
	return domain.DBErr(tx.Model(n).Update("mailed_at", s.Now()).Error, "notification")
}

// mailable reports whether p may get notification mail and digests: an address they
// confirmed, on an account neither suspended nor deleted. Account mail (confirmation,
// password reset) goes out regardless.
func mailable(p *domain.Person) bool {
	return p.SuspendedAt == nil && p.EmailVerified() && p.Email != "" && !strings.HasSuffix(p.Email, ".invalid")
}

// unsubscribePurpose keys the MACs of unsubscribe links.
const unsubscribePurpose = "unsubscribe"

// UnsubscribeLink returns the public one-click unsubscribe URL that sets person's kind
// of mail to NEVER: its token names both and is signed, so it needs no session.
func (s *Notify) UnsubscribeLink(person int64, kind MailKind) string {
	msg := strconv.FormatInt(person, 10) + "." + string(kind)
	return s.Mail.Link("/unsubscribe?token=" + url.QueryEscape(msg+"."+s.signer.MAC(unsubscribePurpose, msg)))
}

var errBadUnsubscribe = domain.Invalid("token", "This unsubscribe link is not valid. Sign in and choose which mail you get on the mail preferences page.")

// localTime writes when a gathering starts in its own time zone, as "Sat 12 Dec 2026, 10:00 (Europe/Paris)".
func localTime(g domain.Gathering) string {
	loc, err := time.LoadLocation(g.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	return g.StartsAt.In(loc).Format("Mon 2 Jan 2006, 15:04") + " (" + loc.String() + ")"
}
