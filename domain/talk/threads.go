package talk

import (
	"context"
	"slices"
	"strconv"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
)

// Limits of threads and posts.
const (
	MinThreadTitle = 3
	MaxThreadTitle = 140
	MinPostBody    = 1
	MaxPostBody    = 10000
)

// ThreadInput is what starting a thread takes: its title and the opening post's body.
type ThreadInput struct {
	Title string
	Body  string
}

// StartThread starts a thread in a collaboration with its opening post; ACTIVE members
// only. The thread, the post, its first revision, the mentions' notifications and the
// activity are one transaction.
func (s *Talk) StartThread(ctx context.Context, collabID int64, in ThreadInput) (*domain.Thread, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	title, err := domain.ValidateLine("title", "The title", in.Title, MinThreadTitle, MaxThreadTitle)
	if err != nil {
		return nil, err
	}
	body, err := validateBody(in.Body)
	if err != nil {
		return nil, err
	}
	var th *domain.Thread
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "startThread", []any{collabID, title, body}, &th, func() (int64, error) {
			if err := requireTalking(tx, ctx, c); err != nil {
				return 0, err
			}
			now := s.Now()
			th = &domain.Thread{CollaborationID: c.ID, AuthorID: v.ID, Title: title, PostCount: 1, LastPostAt: now, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(th).Error; err != nil {
				return 0, domain.DBErr(err, "thread")
			}
			if err := s.Record(tx, &c.ID, v.ID, "thread.started", "Thread", th.ID); err != nil {
				return 0, err
			}
			_, err := s.writePost(tx, c, th, v.ID, body)
			return th.ID, err
		})
	})
	if err != nil {
		return nil, err
	}
	return th, nil
}

// ReplyToThread adds the viewer's post to a thread; ACTIVE members only.
func (s *Talk) ReplyToThread(ctx context.Context, threadID int64, body string) (*domain.Post, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	text, err := validateBody(body)
	if err != nil {
		return nil, err
	}
	var out *domain.Post
	err = s.inThread(ctx, threadID, func(tx *gorm.DB, c *domain.Collaboration, th *domain.Thread) error {
		return domain.Once(ctx, s.Core, tx, "replyToThread", []any{threadID, text}, &out, func() (int64, error) {
			if err := requireTalking(tx, ctx, c); err != nil {
				return 0, err
			}
			now := s.Now()
			if err := tx.Model(&domain.Thread{}).Where("id = ?", th.ID).
				Updates(map[string]any{"post_count": gorm.Expr("post_count + 1"), "last_post_at": now, "updated_at": now}).Error; err != nil {
				return 0, domain.DBErr(err, "thread")
			}
			p, err := s.writePost(tx, c, th, v.ID, text)
			out = p
			if err != nil {
				return 0, err
			}
			return p.ID, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EditPost changes the body of one of the viewer's own posts; the earlier bodies stay in
// its revisions. Only people newly mentioned are notified. An unchanged body changes
// nothing. The author must still be an ACTIVE member.
func (s *Talk) EditPost(ctx context.Context, postID int64, body string) (*domain.Post, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	text, err := validateBody(body)
	if err != nil {
		return nil, err
	}
	p, err := domain.InOwner(ctx, s.Core, postID, "This post", func(tx *gorm.DB, c *domain.Collaboration, p *domain.Post) error {
		if p.AuthorID != v.ID {
			return domain.Errorf(domain.CodeForbidden, "Only its author can edit a post; reply instead.")
		}
		if err := requireTalking(tx, ctx, c); err != nil {
			return err
		}
		if p.Body == text {
			return nil
		}
		before := ParseMentions(p.Body)
		now := s.Now()
		if err := tx.Model(&domain.Post{}).Where("id = ?", p.ID).Updates(map[string]any{"body": text, "edited_at": now}).Error; err != nil {
			return domain.DBErr(err, "post")
		}
		p.Body, p.EditedAt = text, &now
		rev := domain.PostRevision{CollaborationID: c.ID, PostID: p.ID, Body: text, CreatedAt: now}
		if err := tx.Create(&rev).Error; err != nil {
			return domain.DBErr(err, "post revision")
		}
		if err := s.Record(tx, &c.ID, v.ID, "post.edited", "Post", p.ID); err != nil {
			return err
		}
		var fresh []string
		for _, h := range ParseMentions(text) {
			if !slices.Contains(before, h) {
				fresh = append(fresh, h)
			}
		}
		return s.notifyMentions(tx, c, p, fresh)
	})
	if domain.ErrorCode(err) == domain.CodeNotFound {
		// A post of a collaboration the viewer may not see is as absent as one that never was.
		return nil, domain.Errorf(domain.CodeNotFound, "This post was not found.")
	}
	return p, err
}

// writePost stores a new post with its first revision, its activity and its mentions'
// notifications, in tx.
func (s *Talk) writePost(tx *gorm.DB, c *domain.Collaboration, th *domain.Thread, author int64, body string) (*domain.Post, error) {
	now := s.Now()
	p := &domain.Post{CollaborationID: c.ID, ThreadID: th.ID, AuthorID: author, Body: body, CreatedAt: now}
	if err := tx.Create(p).Error; err != nil {
		return nil, domain.DBErr(err, "post")
	}
	rev := domain.PostRevision{CollaborationID: c.ID, PostID: p.ID, Body: body, CreatedAt: now}
	if err := tx.Create(&rev).Error; err != nil {
		return nil, domain.DBErr(err, "post revision")
	}
	if err := s.Record(tx, &c.ID, author, "post.added", "Post", p.ID); err != nil {
		return nil, err
	}
	return p, s.notifyMentions(tx, c, p, ParseMentions(body))
}

// notifyMentions tells each person named by handles, once per post, that p mentions
// them: only ACTIVE members of the collaboration (who may read the thread), never the
// author, nor anyone who blocked the author. A handle of nobody, or of someone else, is
// plain text.
func (s *Talk) notifyMentions(tx *gorm.DB, c *domain.Collaboration, p *domain.Post, handles []string) error {
	if len(handles) == 0 {
		return nil
	}
	var to []int64
	err := tx.Model(&domain.Membership{}).Joins("JOIN people ON people.id = memberships.person_id").
		Where("memberships.collaboration_id = ? AND memberships.status = ? AND people.handle IN ? AND people.id <> ? AND people.suspended_at IS NULL"+
			" AND NOT EXISTS (SELECT 1 FROM blocks WHERE blocks.blocker_id = people.id AND blocks.blocked_id = ?)",
			c.ID, domain.MembershipActive, handles, p.AuthorID, p.AuthorID).
		Order("memberships.person_id").Pluck("memberships.person_id", &to).Error
	if err != nil {
		return domain.DBErr(err, "mentions")
	}
	key := "mention:" + strconv.FormatInt(p.ID, 10)
	for _, person := range to {
		author := p.AuthorID
		n := &domain.Notification{PersonID: person, Kind: domain.NotifyMention, CollaborationID: &c.ID, ActorID: &author,
			SubjectType: "Post", SubjectID: p.ID, DedupeKey: &key, CreatedAt: s.Now()}
		if _, err := s.WriteNotification(tx, n); err != nil {
			return err
		}
	}
	return nil
}

// inThread runs f on a thread under its collaboration's lock (domain.InOwner); a thread
// of a collaboration the viewer may not see is not found, as one that never was.
func (s *Talk) inThread(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, th *domain.Thread) error) error {
	_, err := domain.InOwner(ctx, s.Core, id, "This thread", f)
	if domain.ErrorCode(err) == domain.CodeNotFound {
		return domain.Errorf(domain.CodeNotFound, "This thread was not found.")
	}
	return err
}

// requireTalking admits the viewer to post: an ACTIVE member of a collaboration not
// archived.
func requireTalking(tx *gorm.DB, ctx context.Context, c *domain.Collaboration) error {
	if _, err := collab.RequireActive(tx, ctx, c); err != nil {
		return err
	}
	if c.Status == domain.CollaborationArchived {
		return domain.Errorf(domain.CodeConflict, "%q is archived; its conversations are kept to read, not continued.", c.Title)
	}
	return nil
}

func validateBody(body string) (string, error) {
	return domain.ValidateProse("body", "A post", body, MinPostBody, MaxPostBody)
}
