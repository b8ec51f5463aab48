package notify

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"kindred/domain"
	"kindred/locale"
	"kindred/mail"
)

// DigestHour is the local hour at which daily digests go out, and weekly ones on Monday.
const DigestHour = 8

// digestSlot returns when the current period of cadence began for a person in loc (the
// last DigestHour local, on a Monday for WEEKLY, at or before now), the period's length
// and its name (the local date it began).
func digestSlot(now time.Time, loc *time.Location, cadence Cadence) (time.Time, time.Duration, string) {
	local := now.In(loc)
	y, m, d := local.Date()
	slot := time.Date(y, m, d, DigestHour, 0, 0, 0, loc)
	if slot.After(local) {
		slot = time.Date(y, m, d-1, DigestHour, 0, 0, 0, loc)
	}
	if cadence == CadenceWeekly {
		back := (int(slot.Weekday()) + 6) % 7 // days since Monday
		y, m, d := slot.Date()
		return time.Date(y, m, d-back, DigestHour, 0, 0, 0, loc), 7 * 24 * time.Hour, slot.AddDate(0, 0, -back).Format(time.DateOnly)
	}
	return slot, 24 * time.Hour, slot.Format(time.DateOnly)
}

// digestGroup is one collaboration's items in a digest.
type digestGroup struct {
	Collab string
	Items  []item
}

// waiting is one line of what waits for the person.
type waiting struct {
	Count      int
	What, Link string
}

var digest = mail.NewLayout("digest", `{{n "mail.digest.subject" .Count .}}`,
	`{{t "mail.hello" .}}

{{t "mail.digest.intro" .}}
{{range .Groups}}
{{if .Collab}}{{.Collab}}{{else}}{{t "mail.digest.elsewhere" $}}{{end}}
{{range .Items}}- {{.Sentence}} {{.Action}}: {{.Link}}
{{end}}{{end}}{{if .Waiting}}
{{t "mail.digest.waiting" .}}:
{{range .Waiting}}- {{.What}}: {{.Link}}
{{end}}{{end}}
{{t "mail.digest.why" .}}
{{t "mail.preferences" .}}: {{.Preferences}}
{{t "mail.digest.stop" .}}: {{.Unsubscribe}}
`,
	`<!doctype html><html lang="{{lang}}"><body style="font-family:sans-serif;line-height:1.5">
<p>{{t "mail.hello" .}}</p>
<p>{{t "mail.digest.intro" .}}</p>
{{range .Groups}}<h2 style="font-size:1.1em">{{if .Collab}}{{.Collab}}{{else}}{{t "mail.digest.elsewhere" $}}{{end}}</h2>
<ul>{{range .Items}}<li>{{.Sentence}} <a href="{{.Link}}">{{.Action}}</a></li>{{end}}</ul>
{{end}}{{if .Waiting}}<h2 style="font-size:1.1em">{{t "mail.digest.waiting" .}}</h2>
<ul>{{range .Waiting}}<li><a href="{{.Link}}">{{.What}}</a></li>{{end}}</ul>
{{end}}<hr>
<p style="color:#555;font-size:small">{{t "mail.digest.why" .}}
<a href="{{.Preferences}}">{{t "mail.preferences" .}}</a> ·
<a href="{{.Unsubscribe}}">{{t "mail.digest.stop" .}}</a></p>
</body></html>
`)

// SendDigests mails each person whose daily or weekly digest is due (DigestHour has
// passed in their time zone, on Monday for weekly ones) one digest per cadence: the
// notifications of the kinds they get at that cadence written in the period before,
// not yet mailed, grouped by collaboration, and what waits for them. Each digest is
// recorded in the transaction that queues it, so it goes out once however often this
// runs, on however many instances. It returns how many it queued. Run it every few
// minutes; without mail configured it does nothing.
func (s *Notify) SendDigests(ctx context.Context) (int, error) {
	if !s.Mail.Configured() {
		return 0, nil
	}
	now := s.Now()
	db := s.DB.WithContext(ctx)
	var ids []int64
	// A weekly digest looks back a week from its slot, which is at most a week old.
	if err := db.Model(&domain.Notification{}).Distinct("person_id").
		Where("mailed_at IS NULL AND created_at > ? AND created_at <= ?", now.Add(-15*24*time.Hour), now).
		Order("person_id").Pluck("person_id", &ids).Error; err != nil {
		return 0, domain.DBErr(err, "notifications")
	}
	if len(ids) == 0 {
		return 0, nil
	}
	people, err := domain.ReadPeople(db, "id IN ?", ids)
	if err != nil {
		return 0, domain.DBErr(err, "people")
	}
	sent := 0
	for _, p := range people {
		if !mailable(p) {
			continue
		}
		for _, cad := range []Cadence{CadenceDaily, CadenceWeekly} {
			ok, err := s.sendDigest(ctx, p, cad)
			if err != nil {
				return sent, fmt.Errorf("digest for person %d: %w", p.ID, err)
			}
			if ok {
				sent++
			}
		}
	}
	return sent, nil
}

// sendDigest queues p's digest of cadence if it is due and holds anything.
func (s *Notify) sendDigest(ctx context.Context, p *domain.Person, cadence Cadence) (bool, error) {
	loc, err := time.LoadLocation(p.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	now := s.Now()
	slot, length, period := digestSlot(now, loc, cadence)
	db := s.DB.WithContext(ctx)
	c, err := cadences(db, p.ID)
	if err != nil {
		return false, err
	}
	var kinds []domain.NotificationKind
	var mailKinds []MailKind
	for _, k := range MailKinds {
		if c[k] == cadence {
			mailKinds = append(mailKinds, k)
			for _, nk := range []domain.NotificationKind{domain.NotificationKind(k), domain.NotifyCommitmentOverdue, domain.NotifyCommitmentLapsed,
				domain.NotifyProposalAdopted, domain.NotifyProposalRejected, domain.NotifyProposalQuorumNotReached, domain.NotifyProposalNotCovered} {
				if MailKindOf(nk) == k {
					kinds = append(kinds, nk)
				}
			}
		}
	}
	if len(kinds) == 0 {
		return false, nil
	}
	var ns []*domain.Notification
	unmailed := func(q *gorm.DB) *gorm.DB {
		return q.Where("person_id = ? AND kind IN ? AND mailed_at IS NULL AND created_at >= ? AND created_at < ?",
			p.ID, kinds, slot.Add(-length).UTC(), slot.UTC()) // UTC: SQLite compares times as text
	}
	if err := unmailed(db).Order("collaboration_id, id").Find(&ns).Error; err != nil {
		return false, domain.DBErr(err, "notifications")
	}
	if len(ns) == 0 {
		return false, nil
	}
	l := locale.For(locale.ForPerson(p.Locale, locale.Default))
	items, err := s.describe(db, ns, p, l)
	if err != nil {
		return false, err
	}
	var groups []digestGroup
	for _, it := range items {
		if len(groups) == 0 || groups[len(groups)-1].Collab != it.Collab {
			groups = append(groups, digestGroup{Collab: it.Collab})
		}
		g := &groups[len(groups)-1]
		g.Items = append(g.Items, it)
	}
	wait, err := s.waitingFor(ctx, p, l)
	if err != nil {
		return false, err
	}
	words := make([]string, len(mailKinds))
	for i, k := range mailKinds {
		words[i] = kindWords(l, k)
	}
	kindList := words[0]
	if len(words) > 1 {
		kindList = l.T("mail.digest.list", map[string]any{"Some": strings.Join(words[:len(words)-1], l.T("mail.digest.listComma", nil)), "Last": words[len(words)-1]})
	}
	// Period qualifies "digest"; Often says how often, as an adverb (they differ in Spanish).
	periodWord, often := l.T("mail.digest.daily", nil), l.T("mail.digest.dailyAdverb", nil)
	if cadence == CadenceWeekly {
		periodWord, often = l.T("mail.digest.weekly", nil), l.T("mail.digest.weeklyAdverb", nil)
	}
	// The link stops the first kind this digest holds; the preferences page does the rest.
	stop := s.UnsubscribeLink(p.ID, MailKindOf(ns[0].Kind))
	msg, err := digest.Render(p.Email, l, map[string]any{"Name": p.DisplayName, "Period": periodWord, "Often": often, "Count": len(ns), "Groups": groups,
		"Waiting": wait, "Kinds": kindList, "Preferences": s.Mail.Link(PreferencesPath), "Unsubscribe": stop})
	if err != nil {
		return false, err
	}
	msg.PersonID, msg.Unsubscribe = p.ID, stop
	ids := make([]int64, len(ns))
	for i, n := range ns {
		ids[i] = n.ID
	}
	queued := false
	err = db.Transaction(func(tx *gorm.DB) error {
		run := domain.MailDigest{PersonID: p.ID, Cadence: string(cadence), Period: period, Items: len(ns), SentAt: now}
		res := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&run)
		if res.Error != nil {
			return domain.DBErr(res.Error, "digest")
		}
		if res.RowsAffected == 0 {
			return nil // another run sent it
		}
		// Only what is still unmailed now goes out as mailed by this digest.
		upd := unmailed(tx.Model(&domain.Notification{})).Where("id IN ?", ids).Update("mailed_at", now)
		if upd.Error != nil {
			return domain.DBErr(upd.Error, "notifications")
		}
		if upd.RowsAffected != int64(len(ids)) {
			return errDigestRaced
		}
		if err := s.Mail.Queue(ctx, tx, msg); err != nil {
			return err
		}
		queued = true
		return nil
	})
	if errors.Is(err, errDigestRaced) {
		return false, nil
	}
	return queued, err
}

// errDigestRaced rolls a digest back when some of its items were mailed meanwhile; the
// next run builds it again from what is left.
var errDigestRaced = errors.New("digest items changed meanwhile")

// waitingFor lists what waits for p, from their dashboard.
func (s *Notify) waitingFor(ctx context.Context, p *domain.Person, l *locale.Localizer) ([]waiting, error) {
	d, err := s.FindDashboard(domain.WithViewer(ctx, p))
	if err != nil {
		return nil, err
	}
	var out []waiting
	add := func(n int, id, path string) {
		if n == 0 {
			return
		}
		out = append(out, waiting{Count: n, What: l.N(id, n, nil), Link: s.Mail.Link(path)})
	}
	add(len(d.Invitations), "mail.waiting.invitations", "/dashboard")
	add(len(d.JoinRequests), "mail.waiting.joinRequests", "/dashboard")
	add(len(d.AwaitingConfirmation), "mail.waiting.contributions", "/dashboard")
	add(len(d.ProposalsAwaitingPosition), "mail.waiting.proposals", "/dashboard")
	add(len(d.CommitmentsDue), "mail.waiting.commitments", "/dashboard")
	return out, nil
}
