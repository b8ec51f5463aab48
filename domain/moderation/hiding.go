package moderation

import (
	"context"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Limits of a hiding's reason.
const (
	MinHideReason = 3
	MaxHideReason = 280
)

// HidePost hides a post of the viewer's collaboration with a reason: its members then
// read "hidden by a steward: <reason>" instead of its body, which only its author, the
// collaboration's stewards and admins still read (MayReadHidden). Hiding resolves the
// post's open reports. Stewards and admins only.
func (s *Moderation) HidePost(ctx context.Context, postID int64, reason string) (*domain.Post, error) {
	return hide[domain.Post](ctx, s, postID, "This post", "posts", domain.ReportPost, "post", &reason)
}

// UnhidePost shows a hidden post again; stewards and admins only.
func (s *Moderation) UnhidePost(ctx context.Context, postID int64) (*domain.Post, error) {
	return hide[domain.Post](ctx, s, postID, "This post", "posts", domain.ReportPost, "post", nil)
}

// HideComment hides a proposal comment as HidePost hides a post.
func (s *Moderation) HideComment(ctx context.Context, commentID int64, reason string) (*domain.Comment, error) {
	return hide[domain.Comment](ctx, s, commentID, "This comment", "comments", domain.ReportComment, "comment", &reason)
}

// UnhideComment shows a hidden comment again; stewards and admins only.
func (s *Moderation) UnhideComment(ctx context.Context, commentID int64) (*domain.Comment, error) {
	return hide[domain.Comment](ctx, s, commentID, "This comment", "comments", domain.ReportComment, "comment", nil)
}

// hide hides (reason non-nil) or shows again (nil) the row of table with id, under its
// collaboration's lock, with the activity "<verb>.hidden" or "<verb>.unhidden".
func hide[T any, P interface {
	*T
	domain.Owned
}](ctx context.Context, s *Moderation, id int64, what, table string, typ domain.ReportTarget, verb string, reason *string) (P, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var why string
	if reason != nil {
		if why, err = domain.ValidateLine("reason", "The reason", *reason, MinHideReason, MaxHideReason); err != nil {
			return nil, err
		}
	}
	return domain.InOwner(ctx, s.Core, id, what, func(tx *gorm.DB, c *domain.Collaboration, row P) error {
		if v.Role != domain.RoleAdmin {
			if _, err := collab.RequireSteward(tx, ctx, c); err != nil {
				return err
			}
		}
		var h domain.Hiding
		if err := tx.Table(table).Select("hidden_at, hidden_by_id, hidden_reason").Where("id = ?", id).Scan(&h).Error; err != nil {
			return domain.DBErr(err, what)
		}
		if reason == nil {
			if !h.Hidden() {
				return domain.Errorf(domain.CodeConflict, "%s is not hidden.", what)
			}
			if err := tx.Table(table).Where("id = ?", id).Updates(map[string]any{"hidden_at": nil, "hidden_by_id": nil, "hidden_reason": ""}).Error; err != nil {
				return domain.DBErr(err, what)
			}
			return s.Record(tx, &c.ID, v.ID, verb+".unhidden", typeName(typ), id)
		}
		if h.Hidden() {
			return domain.Errorf(domain.CodeConflict, "%s is already hidden (%q); show it again first to give another reason.", what, h.HiddenReason)
		}
		if err := tx.Table(table).Where("id = ?", id).Updates(map[string]any{"hidden_at": s.Now(), "hidden_by_id": v.ID, "hidden_reason": why}).Error; err != nil {
			return domain.DBErr(err, what)
		}
		if err := s.closeReportsOf(tx, v, func(q *gorm.DB) *gorm.DB {
			return q.Where("target_type = ? AND target_id = ?", typ, id)
		}, "Hidden by a steward: "+why); err != nil {
			return err
		}
		return s.Record(tx, &c.ID, v.ID, verb+".hidden", typeName(typ), id)
	})
}

// typeName is the activity subject type of a report target.
func typeName(t domain.ReportTarget) string {
	return map[domain.ReportTarget]string{domain.ReportPost: "Post", domain.ReportComment: "Comment"}[t]
}

// MayReadHidden reports whether viewer, with membership m of the collaboration (nil for
// none), reads the body of a hidden post or comment by author: its author, the
// collaboration's ACTIVE stewards and site admins.
func MayReadHidden(viewer *domain.Person, m *domain.Membership, authorID int64) bool {
	if viewer == nil {
		return false
	}
	if viewer.ID == authorID || viewer.Role == domain.RoleAdmin {
		return true
	}
	return m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward
}
