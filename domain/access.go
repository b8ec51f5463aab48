package domain

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"
)

// VisibleCollabs returns which of collabIDs the viewer may see and the viewer's
// memberships in them, from the request cache where it has them.
func (s *Core) VisibleCollabs(ctx context.Context, collabIDs []int64) (map[int64]bool, map[int64]*Membership, error) {
	visible, mine, _, err := s.VisibleCollabRows(ctx, collabIDs)
	return visible, mine, err
}

// VisibleCollabRows is visibleCollabs that also returns the visible collaborations.
func (s *Core) VisibleCollabRows(ctx context.Context, collabIDs []int64) (map[int64]bool, map[int64]*Membership, map[int64]*Collaboration, error) {
	cache := cacheFrom(ctx)
	if cache == nil {
		cache = newRequestCache()
	}
	cache.mu.Lock()
	defer cache.mu.Unlock()
	var missing []int64
	for _, id := range collabIDs {
		if _, ok := cache.visible[id]; !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		db := s.DB.WithContext(ctx)
		var cs []*Collaboration
		if err := db.Where("id IN ?", missing).Find(&cs).Error; err != nil {
			return nil, nil, nil, DBErr(err, "collaborations")
		}
		v := ViewerFrom(ctx)
		if v != nil {
			var ms []*Membership
			if err := db.Where("person_id = ? AND collaboration_id IN ?", v.ID, missing).Find(&ms).Error; err != nil {
				return nil, nil, nil, DBErr(err, "memberships")
			}
			for _, m := range ms {
				cache.mine[m.CollaborationID] = m
			}
		}
		for _, id := range missing {
			cache.visible[id] = false
			cache.mineSeen[id] = true
		}
		for _, c := range cs {
			cache.visible[c.ID] = CanSeeCollaboration(v, cache.mine[c.ID], c)
			if cache.visible[c.ID] {
				cache.rows[c.ID] = c
			}
		}
	}
	visible := make(map[int64]bool, len(collabIDs))
	mine := map[int64]*Membership{}
	rows := map[int64]*Collaboration{}
	for _, id := range collabIDs {
		if cache.visible[id] {
			visible[id] = true
			rows[id] = cache.rows[id]
		}
		if m := cache.mine[id]; m != nil {
			mine[id] = m
		}
	}
	return visible, mine, rows, nil
}

// ViewerStatuses returns the status of each of the viewer's memberships, by
// collaboration: read once per request, as the dashboard's rankings of collaborations
// and of needs both ask. Nothing for someone signed out.
func (s *Core) ViewerStatuses(ctx context.Context) (map[int64]MembershipStatus, error) {
	v := ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	cache := cacheFrom(ctx)
	if cache == nil {
		cache = newRequestCache()
	}
	cache.mu.Lock()
	defer cache.mu.Unlock()
	if cache.statuses == nil {
		var ms []*Membership
		if err := s.DB.WithContext(ctx).Select("collaboration_id", "status").Where("person_id = ?", v.ID).Find(&ms).Error; err != nil {
			return nil, DBErr(err, "Your memberships")
		}
		cache.statuses = make(map[int64]MembershipStatus, len(ms))
		for _, m := range ms {
			cache.statuses[m.CollaborationID] = m.Status
		}
	}
	return cache.statuses, nil
}

func Keys(m map[int64]bool) []int64 {
	out := make([]int64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// VisibleByCollab keeps the rows whose collaboration the viewer may see.
func VisibleByCollab[T any](s *Core, ctx context.Context, rows []T, collab func(T) int64) ([]T, error) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = collab(r)
	}
	visible, _, err := s.VisibleCollabs(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := rows[:0]
	for _, r := range rows {
		if visible[collab(r)] {
			out = append(out, r)
		}
	}
	return out, nil
}

// CanSeeCollaboration reports whether viewer may see c, given the viewer's membership in
// it (nil if none).
func CanSeeCollaboration(viewer *Person, m *Membership, c *Collaboration) bool {
	if viewer != nil && viewer.Role == RoleAdmin {
		return true
	}
	if m != nil && (m.Status == MembershipActive || m.Status == MembershipInvited || m.Status == MembershipRequested) {
		return true
	}
	switch c.Visibility {
	case VisibilityPublic:
		return true
	case VisibilityMembers:
		return viewer != nil
	}
	return false
}

func UTCPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// InCollaboration runs f in a transaction holding the collaboration's row lock, so that
// every change to one collaboration's members and commitments is serialized.
func (s *Core) InCollaboration(ctx context.Context, collabID int64, f func(tx *gorm.DB, c *Collaboration) error) error {
	cacheFrom(ctx).forget()
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := LockRow(tx, "collaborations", collabID); err != nil {
			return err
		}
		var c Collaboration
		if err := tx.First(&c, collabID).Error; err != nil {
			return DBErr(err, "This collaboration")
		}
		m, err := MembershipOrNil(tx, c.ID, ViewerID(ctx))
		if err != nil {
			return err
		}
		if !CanSeeCollaboration(ViewerFrom(ctx), m, &c) {
			return Errorf(CodeNotFound, "This collaboration was not found.")
		}
		return f(tx, &c)
	})
	if err == nil {
		// Its values, status, needs or members may have moved a ranking.
		s.RefreshCollabs(ctx, collabID)
	}
	return err
}

// Owned is a record that belongs to one collaboration: changing it takes that
// collaboration's lock.
type Owned interface{ OwnerID() int64 }

// OwnerID is the collaboration a membership belongs to.
func (m *Membership) OwnerID() int64 { return m.CollaborationID }

// OwnerID is the collaboration a commitment belongs to.
func (c *Commitment) OwnerID() int64 { return c.CollaborationID }

// OwnerID is the collaboration a contribution belongs to.
func (c *Contribution) OwnerID() int64 { return c.CollaborationID }

// OwnerID is the collaboration a proposal belongs to.
func (p *Proposal) OwnerID() int64 { return p.CollaborationID }

// OwnerID is the collaboration an outcome belongs to.
func (o *Outcome) OwnerID() int64 { return o.CollaborationID }

// OwnerID is the collaboration a thread belongs to.
func (t *Thread) OwnerID() int64 { return t.CollaborationID }

// OwnerID is the collaboration a comment belongs to.
func (c *Comment) OwnerID() int64 { return c.CollaborationID }

// OwnerID is the collaboration a post belongs to.
func (p *Post) OwnerID() int64 { return p.CollaborationID }

// InOwner loads the record of type T with id and runs f on it in a transaction holding
// its collaboration's lock (InCollaboration): the record is read again under the lock,
// and once more after f, so the caller gets what f left. what names it in errors, as
// "This proposal".
func InOwner[T any, P interface {
	*T
	Owned
}](ctx context.Context, s *Core, id int64, what string, f func(tx *gorm.DB, c *Collaboration, row P) error) (P, error) {
	if _, err := RequireViewer(ctx); err != nil {
		return nil, err
	}
	row := P(new(T))
	if err := s.DB.WithContext(ctx).First(row, id).Error; err != nil {
		return nil, DBErr(err, what)
	}
	err := s.InCollaboration(ctx, row.OwnerID(), func(tx *gorm.DB, c *Collaboration) error {
		if err := tx.First(row, id).Error; err != nil {
			return DBErr(err, what)
		}
		if err := f(tx, c, row); err != nil {
			return err
		}
		// Into a zero row: scanning NULL leaves a pointer field set before as it was.
		*(*T)(row) = *new(T)
		return DBErr(tx.First(row, id).Error, what)
	})
	if err != nil {
		return nil, err
	}
	return row, nil
}

func ViewerID(ctx context.Context) int64 {
	if v := ViewerFrom(ctx); v != nil {
		return v.ID
	}
	return 0
}

// MembershipOrNil returns person's membership of a collaboration, nil for none. A
// database that cannot tell is an error, not "no membership".
func MembershipOrNil(tx *gorm.DB, collabID, personID int64) (*Membership, error) {
	if personID == 0 {
		return nil, nil
	}
	var m Membership
	err := tx.Where("collaboration_id = ? AND person_id = ?", collabID, personID).Limit(1).Find(&m).Error
	if err != nil || m.ID == 0 {
		return nil, DBErr(err, "membership")
	}
	return &m, nil
}

func EscapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// LockRow takes a row lock on PostgreSQL; SQLite's write transactions are already exclusive.
func LockRow(tx *gorm.DB, table string, id int64) error {
	if tx.Name() != "postgres" {
		return nil
	}
	return DBErr(tx.Exec("SELECT id FROM "+table+" WHERE id = ? FOR UPDATE", id).Error, table)
}
