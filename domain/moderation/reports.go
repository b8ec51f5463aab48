package moderation

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// Limits of reports.
const (
	// MaxReportText is the longest text of a report.
	MaxReportText = 1000
	// MaxReportsPerDay is how many reports one person may file in 24 hours.
	MaxReportsPerDay = 20
	// MaxClosingNote is the longest note an admin leaves when closing a report.
	MaxClosingNote = 500
)

// Reasons lists the reasons a report may give, in the order the web app offers them.
var Reasons = []domain.ReportReason{domain.ReasonSpam, domain.ReasonHarassment, domain.ReasonHate,
	domain.ReasonMisinformation, domain.ReasonOffTopic, domain.ReasonOther}

// ReportInput is what reporting takes: the target, a reason and a text (required for
// OTHER).
type ReportInput struct {
	TargetType domain.ReportTarget
	TargetID   int64
	Reason     domain.ReportReason
	Text       string
}

// target is what a report is about, resolved: its collaboration and who it is by.
type target struct {
	collabID  *int64
	subjectID *int64
}

// ReportContent files the viewer's report of a post, a proposal comment, a person or a
// collaboration they can see, for the admins' queue. One open report per reporter and
// target; at most MaxReportsPerDay a day. Nobody reports themselves or their own words.
func (s *Moderation) ReportContent(ctx context.Context, in ReportInput) (*domain.Report, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !validReason(in.Reason) {
		return nil, domain.Invalid("reason", "Choose a reason: one of %s.", reasonList())
	}
	min := 0
	if in.Reason == domain.ReasonOther {
		min = 1
	}
	text, err := domain.ValidateProse("text", "The text", in.Text, 0, MaxReportText)
	if err != nil {
		return nil, err
	}
	if len(text) < min {
		return nil, domain.Invalid("text", "Say what is wrong: the reason OTHER needs a few words.")
	}
	tg, err := s.resolveTarget(ctx, v, in.TargetType, in.TargetID)
	if err != nil {
		return nil, err
	}
	r := &domain.Report{ReporterID: v.ID, TargetType: in.TargetType, TargetID: in.TargetID, CollaborationID: tg.collabID,
		SubjectPersonID: tg.subjectID, Reason: in.Reason, Body: text, Status: domain.ReportOpen, CreatedAt: s.Now()}
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// Each reporter's reports are serialized by their own row, for the limits below.
		if err := domain.LockRow(tx, "people", v.ID); err != nil {
			return err
		}
		var n int64
		if err := tx.Model(&domain.Report{}).Where("reporter_id = ? AND created_at > ?", v.ID, s.Now().Add(-24*time.Hour)).Count(&n).Error; err != nil {
			return domain.DBErr(err, "reports")
		}
		if n >= MaxReportsPerDay {
			return domain.Errorf(domain.CodeRateLimited, "You filed %d reports in the last 24 hours, the most a day; the admins are looking at them. Try again tomorrow.", MaxReportsPerDay)
		}
		if err := tx.Model(&domain.Report{}).Where("reporter_id = ? AND target_type = ? AND target_id = ? AND status = ?",
			v.ID, in.TargetType, in.TargetID, domain.ReportOpen).Count(&n).Error; err != nil {
			return domain.DBErr(err, "reports")
		}
		if n > 0 {
			return domain.Errorf(domain.CodeConflict, "You already reported this and the admins have not closed your report yet; there is no need to report it again.")
		}
		if err := tx.Create(r).Error; err != nil {
			return domain.DBErr(err, "Your open report of this")
		}
		// The reporter's own record; a report is never shown in a collaboration's activity.
		return s.Record(tx, nil, v.ID, "report.filed", "Report", r.ID)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func validReason(r domain.ReportReason) bool {
	for _, x := range Reasons {
		if r == x {
			return true
		}
	}
	return false
}

func reasonList() string {
	s := make([]string, len(Reasons))
	for i, r := range Reasons {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// resolveTarget finds what the viewer reports, if they can see it.
func (s *Moderation) resolveTarget(ctx context.Context, v *domain.Person, typ domain.ReportTarget, id int64) (target, error) {
	db := s.DB.WithContext(ctx)
	notFound := &domain.Error{Code: domain.CodeNotFound, Field: "targetId", Message: "What you report was not found."}
	visible := func(collabID int64) (bool, error) {
		vis, _, err := s.VisibleCollabs(ctx, []int64{collabID})
		return vis[collabID], err
	}
	own := func(author int64, what string) error {
		if author == v.ID {
			return domain.Errorf(domain.CodeConflict, "This is your own %s; edit it instead of reporting it.", what)
		}
		return nil
	}
	switch typ {
	case domain.ReportPost, domain.ReportComment:
		var collabID, author int64
		var row struct{ CollaborationID, AuthorID int64 }
		table := map[domain.ReportTarget]string{domain.ReportPost: "posts", domain.ReportComment: "comments"}[typ]
		if err := db.Table(table).Select("collaboration_id, author_id").Where("id = ?", id).Limit(1).Scan(&row).Error; err != nil {
			return target{}, domain.DBErr(err, "report target")
		}
		collabID, author = row.CollaborationID, row.AuthorID
		if collabID == 0 {
			return target{}, notFound
		}
		if ok, err := visible(collabID); err != nil || !ok {
			return target{}, firstErr(err, notFound)
		}
		if err := own(author, strings.ToLower(string(typ))); err != nil {
			return target{}, err
		}
		return target{collabID: &collabID, subjectID: &author}, nil
	case domain.ReportPerson:
		p, err := domain.PersonByID(ctx, s.DB, id)
		if err != nil || !domain.CanSee(v, p) {
			return target{}, notFound
		}
		if p.ID == v.ID {
			return target{}, domain.Errorf(domain.CodeConflict, "You cannot report yourself.")
		}
		return target{subjectID: &p.ID}, nil
	case domain.ReportCollaboration:
		if ok, err := visible(id); err != nil || !ok {
			return target{}, firstErr(err, notFound)
		}
		return target{collabID: &id}, nil
	}
	return target{}, domain.Invalid("targetType", "Report a POST, COMMENT, PERSON or COLLABORATION.")
}

func firstErr(err error, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

// ReportFilter selects the admins' queue: reports of one status (OPEN when empty), oldest
// first.
type ReportFilter struct {
	Status domain.ReportStatus
	domain.PageArgs
}

// Reports returns a page of reports, oldest first; admins only.
func (s *Moderation) Reports(ctx context.Context, f ReportFilter) (*domain.Page[*domain.Report], error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := requireAdmin(v); err != nil {
		return nil, err
	}
	if f.Status == "" {
		f.Status = domain.ReportOpen
	}
	q := s.DB.WithContext(ctx).Model(&domain.Report{}).Where("status = ?", f.Status)
	return domain.OldestFirst(q, f.PageArgs, func(r *domain.Report) int64 { return r.ID }, "reports")
}

// OpenReportCounts returns, for each report, how many open reports its target has: the
// reports are assumed read by an admin (Reports).
func (s *Moderation) OpenReportCounts(ctx context.Context, reports []*domain.Report) (map[int64]int, error) {
	out := map[int64]int{}
	if len(reports) == 0 {
		return out, nil
	}
	ids := make([]int64, len(reports))
	for i, r := range reports {
		ids[i] = r.TargetID
	}
	var rows []struct {
		TargetType domain.ReportTarget
		TargetID   int64
		N          int
	}
	if err := s.DB.WithContext(ctx).Model(&domain.Report{}).Select("target_type, target_id, COUNT(*) AS n").
		Where("status = ? AND target_id IN ?", domain.ReportOpen, ids).Group("target_type, target_id").Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "reports")
	}
	counts := map[string]int{}
	for _, r := range rows {
		counts[fmt.Sprint(r.TargetType, r.TargetID)] = r.N
	}
	for _, r := range reports {
		out[r.ID] = counts[fmt.Sprint(r.TargetType, r.TargetID)]
	}
	return out, nil
}

// Preview is what an admin sees of a report's target in the queue: a line of text and
// the web app's path to it.
type Preview struct {
	Text string
	Path string
}

// MaxPreview is the length a preview's text is cut to.
const MaxPreview = 200

// Previews returns each report's Preview by report ID; for admins (Reports).
func (s *Moderation) Previews(ctx context.Context, reports []*domain.Report) (map[int64]Preview, error) {
	ids := map[domain.ReportTarget][]int64{}
	for _, r := range reports {
		ids[r.TargetType] = append(ids[r.TargetType], r.TargetID)
	}
	db := s.DB.WithContext(ctx)
	type key struct {
		t  domain.ReportTarget
		id int64
	}
	got := map[key]Preview{}
	if len(ids[domain.ReportPost]) > 0 {
		var rows []struct {
			ID, ThreadID int64
			Body, Slug   string
		}
		if err := db.Table("posts").Select("posts.id, posts.thread_id, posts.body, collaborations.slug").
			Joins("JOIN collaborations ON collaborations.id = posts.collaboration_id").Where("posts.id IN ?", ids[domain.ReportPost]).Scan(&rows).Error; err != nil {
			return nil, domain.DBErr(err, "posts")
		}
		for _, r := range rows {
			got[key{domain.ReportPost, r.ID}] = Preview{Text: cut(r.Body), Path: domain.ThreadPath(r.Slug, r.ThreadID)}
		}
	}
	if len(ids[domain.ReportComment]) > 0 {
		var rows []struct {
			ID, ProposalID int64
			Body, Slug     string
		}
		if err := db.Table("comments").Select("comments.id, comments.proposal_id, comments.body, collaborations.slug").
			Joins("JOIN collaborations ON collaborations.id = comments.collaboration_id").Where("comments.id IN ?", ids[domain.ReportComment]).Scan(&rows).Error; err != nil {
			return nil, domain.DBErr(err, "comments")
		}
		for _, r := range rows {
			got[key{domain.ReportComment, r.ID}] = Preview{Text: cut(r.Body), Path: fmt.Sprintf("/c/%s/proposals/%d", r.Slug, r.ProposalID)}
		}
	}
	if len(ids[domain.ReportPerson]) > 0 {
		var rows []struct {
			ID                  int64
			Handle, DisplayName string
		}
		if err := db.Table("people").Select("id, handle, display_name").Where("id IN ?", ids[domain.ReportPerson]).Scan(&rows).Error; err != nil {
			return nil, domain.DBErr(err, "people")
		}
		for _, r := range rows {
			got[key{domain.ReportPerson, r.ID}] = Preview{Text: r.DisplayName + " (@" + r.Handle + ")", Path: "/people/" + r.Handle}
		}
	}
	if len(ids[domain.ReportCollaboration]) > 0 {
		var rows []struct {
			ID          int64
			Title, Slug string
		}
		if err := db.Table("collaborations").Select("id, title, slug").Where("id IN ?", ids[domain.ReportCollaboration]).Scan(&rows).Error; err != nil {
			return nil, domain.DBErr(err, "collaborations")
		}
		for _, r := range rows {
			got[key{domain.ReportCollaboration, r.ID}] = Preview{Text: r.Title, Path: "/c/" + r.Slug}
		}
	}
	out := make(map[int64]Preview, len(reports))
	for _, r := range reports {
		out[r.ID] = got[key{r.TargetType, r.TargetID}]
	}
	return out, nil
}

func cut(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= MaxPreview {
		return string(r)
	}
	return string(r[:MaxPreview-1]) + "…"
}

// ResolveReport closes an open report as RESOLVED (acted on) or DISMISSED (nothing
// wrong), with an optional note; admins only.
func (s *Moderation) ResolveReport(ctx context.Context, id int64, status domain.ReportStatus, note string) (*domain.Report, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := requireAdmin(v); err != nil {
		return nil, err
	}
	if status != domain.ReportResolved && status != domain.ReportDismissed {
		return nil, domain.Invalid("status", "A report closes as RESOLVED or DISMISSED.")
	}
	note, err = domain.ValidateProse("note", "The note", note, 0, MaxClosingNote)
	if err != nil {
		return nil, err
	}
	var r domain.Report
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := domain.LockRow(tx, "reports", id); err != nil {
			return err
		}
		if err := tx.First(&r, id).Error; err != nil {
			return domain.DBErr(err, "This report")
		}
		if r.Status != domain.ReportOpen {
			return domain.Errorf(domain.CodeConflict, "This report is already closed (%s).", strings.ToLower(string(r.Status)))
		}
		now := s.Now()
		if err := tx.Model(&r).Updates(map[string]any{"status": status, "closed_at": now, "closed_by_id": v.ID, "closing_note": note}).Error; err != nil {
			return domain.DBErr(err, "report")
		}
		return s.Record(tx, nil, v.ID, "report."+strings.ToLower(string(status)), "Report", r.ID)
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// closeReportsOf resolves, in tx, the open reports of targets with a note, by admin or
// steward v.
func (s *Moderation) closeReportsOf(tx *gorm.DB, v *domain.Person, q func(*gorm.DB) *gorm.DB, note string) error {
	now := s.Now()
	err := q(tx.Model(&domain.Report{}).Where("status = ?", domain.ReportOpen)).
		Updates(map[string]any{"status": domain.ReportResolved, "closed_at": now, "closed_by_id": v.ID, "closing_note": note}).Error
	return domain.DBErr(err, "reports")
}
