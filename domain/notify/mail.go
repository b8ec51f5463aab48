package notify

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/locale"
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

// kindWords names kind in a sentence ("mail about …"), in l's language.
func kindWords(l *locale.Localizer, kind MailKind) string {
	return l.T("notify.kind."+string(kind), nil)
}

// describe tells each notification as mail to p says it, in order, in l's language and
// with times in p's time zone, reading what it names in a few queries.
func (s *Notify) describe(db *gorm.DB, ns []*domain.Notification, p *domain.Person, l *locale.Localizer) ([]item, error) {
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
	zone := domain.LoadZone(p.TimeZone)
	out := make([]item, len(ns))
	for i, n := range ns {
		var c domain.Collaboration
		if n.CollaborationID != nil {
			c = collabByID[*n.CollaborationID]
		}
		who := l.T("notify.someone", nil)
		if n.ActorID != nil && actorName[*n.ActorID] != "" {
			who = actorName[*n.ActorID]
		}
		where := "/c/" + url.PathEscape(c.Slug)
		proposal, proposalInSentence := l.T("notify.aProposal", nil), l.T("notify.aProposalInSentence", nil)
		if t := title[n.SubjectID]; n.SubjectType == "Proposal" && t != "" {
			proposal = l.T("notify.quoted", map[string]any{"Title": t})
			proposalInSentence = proposal
		}
		data := map[string]any{"Who": who, "Collab": c.Title, "Proposal": proposal, "ProposalInSentence": proposalInSentence}
		it := item{Collab: c.Title, CollabID: c.ID, Link: s.Mail.Link(where)}
		// key names the notification's messages: notify.<key>.subject, .sentence, .action.
		key := ""
		switch n.Kind {
		case domain.NotifyInvitation:
			key = "invitation"
		case domain.NotifyJoinRequest:
			key, it.Link = "joinRequest", s.Mail.Link(where+"/people")
		case domain.NotifyContributionToConfirm:
			key, it.Link = "contributionToConfirm", s.Mail.Link("/dashboard")
		case domain.NotifyProposalClosing:
			key, it.Link = "proposalClosing", s.Mail.Link(where+"/decisions")
		case domain.NotifyCommitmentDue:
			key, it.Link = "commitmentDue", s.Mail.Link(where+"/ledger")
		case domain.NotifyCommitmentOverdue:
			key, it.Link = "commitmentOverdue", s.Mail.Link(where+"/ledger")
		case domain.NotifyCommitmentLapsed:
			key, it.Link = "commitmentLapsed", s.Mail.Link(where+"/ledger")
		case domain.NotifyProposalAdopted:
			key, it.Link = "proposalAdopted", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalRejected:
			key, it.Link = "proposalRejected", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalQuorumNotReached:
			key, it.Link = "proposalQuorumNotReached", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalNotCovered:
			key, it.Link = "proposalNotCovered", s.Mail.Link(where+"/decisions")
		case domain.NotifyProposalReview:
			key, it.Link = "proposalReview", s.Mail.Link(where+"/decisions")
		case domain.NotifyMention:
			th := postThread[n.SubjectID]
			data["Thread"] = th.Title
			key, it.Link = "mention", s.Mail.Link(domain.ThreadPath(c.Slug, th.ID))
		case domain.NotifyGatheringMovedUp, domain.NotifyGatheringCancelled:
			g := gatheringByID[n.SubjectID]
			data["Gathering"], data["When"] = g.Title, l.DateTime(g.StartsAt, zone)
			key, it.Link = "gatheringMovedUp", s.Mail.Link(domain.GatheringPath(c.Slug, g.ID))
			if n.Kind == domain.NotifyGatheringCancelled {
				key = "gatheringCancelled"
			}
		default:
			key = "other"
		}
		it.Subject = l.T("notify."+key+".subject", data)
		it.Sentence = l.T("notify."+key+".sentence", data)
		it.Action = l.T("notify."+key+".action", data)
		out[i] = it
	}
	return out, nil
}

// notice is the mail of one notification sent at once.
var notice = mail.NewLayout("notice", "{{.Item.Subject}}",
	`{{t "mail.hello" .}}

{{.Item.Sentence}}

{{.Item.Action}}: {{.Item.Link}}

{{t "mail.notice.why" .}}
{{t "mail.preferences" .}}: {{.Preferences}}
{{t "mail.notice.stop" .}}: {{.Unsubscribe}}
`,
	`<!doctype html><html lang="{{lang}}"><body style="font-family:sans-serif;line-height:1.5">
<p>{{t "mail.hello" .}}</p>
<p>{{.Item.Sentence}}</p>
<p><a href="{{.Item.Link}}">{{.Item.Action}}</a></p>
<hr>
<p style="color:#555;font-size:small">{{t "mail.notice.why" .}}
<a href="{{.Preferences}}">{{t "mail.preferences" .}}</a> ·
<a href="{{.Unsubscribe}}">{{t "mail.notice.stop" .}}</a></p>
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
	l := locale.For(locale.ForPerson(p.Locale, locale.Default))
	items, err := s.describe(tx, []*domain.Notification{n}, p, l)
	if err != nil {
		return err
	}
	msg, err := notice.Render(p.Email, l, map[string]any{"Name": p.DisplayName, "Item": items[0], "Kind": kindWords(l, kind),
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
