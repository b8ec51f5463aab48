package catalog

import (
	"context"
	"strconv"

	"kindred/domain"
	"kindred/domain/collab"
)

// PersonValuePage is a page of a value's holders, strongest first.
type PersonValuePage struct {
	PersonValues []*domain.PersonValue
	Cursors      []string
	HasNextPage  bool
	HasPrevious  bool
	TotalCount   int
}

// FindHolders lists the people the viewer may see who hold a value, strongest first.
func (s *Catalog) FindHolders(ctx context.Context, valueID int64, first *int, after string) (*PersonValuePage, error) {
	n, err := domain.PageSize(first)
	if err != nil {
		return nil, err
	}
	q := s.DB.WithContext(ctx).Model(&domain.PersonValue{}).Joins("JOIN people ON people.id = person_values.person_id").
		Where("person_values.value_id = ? AND people.suspended_at IS NULL", valueID)
	switch v := domain.ViewerFrom(ctx); {
	case v == nil:
		q = q.Where("people.visibility = ?", domain.VisibilityPublic)
	case v.Role != domain.RoleAdmin:
		q = q.Where("(people.visibility IN ? OR people.id = ?)", []domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers}, v.ID)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, domain.DBErr(err, "holders")
	}
	page := &PersonValuePage{TotalCount: int(total)}
	if after != "" {
		c, err := domain.DecodeCursor(after)
		if err != nil {
			return nil, err
		}
		strength, err := strconv.Atoi(c.Key)
		if err != nil {
			return nil, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
		}
		q = q.Where("(person_values.strength < ? OR (person_values.strength = ? AND person_values.id > ?))", strength, strength, c.ID)
		page.HasPrevious = true
	}
	var rows []*domain.PersonValue
	if err := q.Select("person_values.*").Order("person_values.strength DESC, person_values.id").Limit(n + 1).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "holders")
	}
	if len(rows) > n {
		rows, page.HasNextPage = rows[:n], true
	}
	page.PersonValues = rows
	for _, r := range rows {
		page.Cursors = append(page.Cursors, domain.EncodeCursor(strconv.Itoa(r.Strength), r.ID))
	}
	return page, nil
}

// FindCollaborationsServing lists the collaborations the viewer may see that serve a
// value, heaviest weight first.
func (s *Catalog) FindCollaborationsServing(ctx context.Context, valueID int64, first *int, after string) (*collab.CollaborationPage, error) {
	n, err := domain.PageSize(first)
	if err != nil {
		return nil, err
	}
	q := s.DB.WithContext(ctx).Model(&domain.Collaboration{}).
		Joins("JOIN collaboration_values cv ON cv.collaboration_id = collaborations.id AND cv.value_id = ?", valueID)
	v := domain.ViewerFrom(ctx)
	switch {
	case v == nil:
		q = q.Where("collaborations.visibility = ?", domain.VisibilityPublic)
	case v.Role != domain.RoleAdmin:
		q = q.Where("(collaborations.visibility IN ? OR collaborations.id IN (SELECT collaboration_id FROM memberships WHERE person_id = ? AND status IN ?))",
			[]domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers}, v.ID, []domain.MembershipStatus{domain.MembershipActive, domain.MembershipInvited, domain.MembershipRequested})
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	page := &collab.CollaborationPage{TotalCount: int(total)}
	if after != "" {
		c, err := domain.DecodeCursor(after)
		if err != nil {
			return nil, err
		}
		w, err := strconv.Atoi(c.Key)
		if err != nil {
			return nil, domain.Invalid("after", "The cursor is not one this API gave out; start again without after.")
		}
		q = q.Where("(cv.weight < ? OR (cv.weight = ? AND collaborations.id > ?))", w, w, c.ID)
		page.HasPrevious = true
	}
	var rows []struct {
		domain.Collaboration `gorm:"embedded"`
		Weight               int
	}
	if err := q.Select("collaborations.*, cv.weight AS weight").Order("cv.weight DESC, collaborations.id").Limit(n + 1).Scan(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "collaborations")
	}
	if len(rows) > n {
		rows, page.HasNextPage = rows[:n], true
	}
	for _, r := range rows {
		c := r.Collaboration
		page.Collaborations = append(page.Collaborations, &c)
		page.Cursors = append(page.Cursors, domain.EncodeCursor(strconv.Itoa(r.Weight), c.ID))
	}
	return page, nil
}
