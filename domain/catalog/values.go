package catalog

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"

	"kindred/domain"
)

// ValueFilter selects values of the catalog.
type ValueFilter struct {
	Search string
	Status domain.ValueStatus
	First  *int
	After  string
}

// ValuePage is one page of values in name order.
type ValuePage struct {
	Values      []*domain.Value
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// FindValues lists catalog values in name order. Only admins list proposed or declined
// values beyond their own proposals.
func (s *Catalog) FindValues(ctx context.Context, f ValueFilter) (*ValuePage, error) {
	n, err := domain.PageSize(f.First)
	if err != nil {
		return nil, err
	}
	status := f.Status
	if status == "" {
		status = domain.ValueApproved
	}
	q := s.DB.WithContext(ctx).Model(&domain.Value{}).Where("status = ?", status)
	if status != domain.ValueApproved {
		v := domain.ViewerFrom(ctx)
		switch {
		case v == nil:
			return nil, domain.ErrUnauthenticated
		case v.Role != domain.RoleAdmin:
			q = q.Where("proposed_by_id = ?", v.ID)
		}
	}
	search, err := domain.ValidateLookup("search", f.Search, domain.MaxValueDescription)
	if err != nil {
		return nil, err
	}
	if search = strings.ToLower(search); search != "" {
		like := "%" + domain.EscapeLike(search) + "%"
		q = q.Where("(name_key LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE '\\')", like, like)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	page := &ValuePage{TotalCount: int(total)}
	if f.After != "" {
		c, err := domain.DecodeCursor(f.After)
		if err != nil {
			return nil, err
		}
		q = q.Where("(name_key > ? OR (name_key = ? AND id > ?))", c.Key, c.Key, c.ID)
		page.HasPrevious = true
	}
	var values []*domain.Value
	if err := q.Order("name_key, id").Limit(n + 1).Find(&values).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	if len(values) > n {
		values, page.HasNextPage = values[:n], true
	}
	page.Values = values
	for _, v := range values {
		page.Cursors = append(page.Cursors, domain.EncodeCursor(v.NameKey, v.ID))
	}
	return page, nil
}

// canSeeValue: approved values are public; others only to their proposer and admins.
func canSeeValue(viewer *domain.Person, v *domain.Value) bool {
	if v.Status == domain.ValueApproved {
		return true
	}
	return viewer != nil && (viewer.Role == domain.RoleAdmin || (v.ProposedByID != nil && *v.ProposedByID == viewer.ID))
}

// FindValueBySlug returns a value by slug, if the viewer may see it.
func (s *Catalog) FindValueBySlug(ctx context.Context, slug string) (*domain.Value, error) {
	var v domain.Value
	if !domain.Storable(slug) {
		return nil, domain.DBErr(gorm.ErrRecordNotFound, "This value")
	}
	err := s.DB.WithContext(ctx).Where("slug = ?", strings.ToLower(strings.TrimSpace(slug))).First(&v).Error
	if err == nil && !canSeeValue(domain.ViewerFrom(ctx), &v) {
		err = gorm.ErrRecordNotFound
	}
	if err != nil {
		return nil, domain.DBErr(err, "This value")
	}
	return &v, nil
}

// FindValuesByIDs returns the values with ids that the viewer may see, in any order.
// Approved values come from the cache and are shared: callers must not change them.
func (s *Catalog) FindValuesByIDs(ctx context.Context, ids []int64) ([]*domain.Value, error) {
	visible := make([]*domain.Value, 0, len(ids))
	var missing []int64
	for _, id := range ids {
		if v := s.values.get(id); v != nil {
			visible = append(visible, v)
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return visible, nil
	}
	var values []*domain.Value
	if err := s.DB.WithContext(ctx).Where("id IN ?", missing).Find(&values).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	viewer := domain.ViewerFrom(ctx)
	for _, v := range values {
		s.values.put(v)
		if canSeeValue(viewer, v) {
			visible = append(visible, v)
		}
	}
	return visible, nil
}

// HolderCounts returns how many visible-or-not people hold each of the values.
func (s *Catalog) HolderCounts(ctx context.Context, valueIDs []int64) (map[int64]int, error) {
	var rows []struct {
		ValueID int64
		N       int
	}
	err := s.DB.WithContext(ctx).Model(&domain.PersonValue{}).Select("value_id, COUNT(*) AS n").
		Where("value_id IN ?", valueIDs).Group("value_id").Scan(&rows).Error
	if err != nil {
		return nil, domain.DBErr(err, "values")
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.ValueID] = r.N
	}
	return out, nil
}

// PersonValuesByPersonIDs returns the values each person holds, strongest first. The
// people are assumed visible already: callers reach this through a visible person.
func (s *Catalog) PersonValuesByPersonIDs(ctx context.Context, personIDs []int64) (map[int64][]*domain.PersonValue, error) {
	pvs, err := domain.ReadPersonValues(s.DB.WithContext(ctx), "WHERE person_id IN ? ORDER BY person_id, strength DESC, id", personIDs)
	if err != nil {
		return nil, domain.DBErr(err, "values")
	}
	out := make(map[int64][]*domain.PersonValue, len(personIDs))
	for _, pv := range pvs {
		out[pv.PersonID] = append(out[pv.PersonID], pv)
	}
	return out, nil
}

// FindPersonValuesByIDs returns held values by ID, for node lookups, if their holder is
// visible to the viewer.
func (s *Catalog) FindPersonValuesByIDs(ctx context.Context, ids []int64) ([]*domain.PersonValue, error) {
	var pvs []*domain.PersonValue
	if err := s.DB.WithContext(ctx).Where("id IN ?", ids).Find(&pvs).Error; err != nil {
		return nil, domain.DBErr(err, "values")
	}
	holderIDs := make([]int64, 0, len(pvs))
	for _, pv := range pvs {
		holderIDs = append(holderIDs, pv.PersonID)
	}
	people, err := s.accounts.FindPeopleByIDs(ctx, holderIDs)
	if err != nil {
		return nil, err
	}
	visible := map[int64]bool{}
	for _, p := range people {
		visible[p.ID] = true
	}
	out := pvs[:0]
	for _, pv := range pvs {
		if visible[pv.PersonID] {
			out = append(out, pv)
		}
	}
	return out, nil
}

// SetMyValueInput is a value to hold, its strength, and optionally why.
type SetMyValueInput struct {
	ValueID   int64
	Strength  int
	Statement *string
}

// SetMyValue makes the viewer hold a value, or changes its strength and statement.
func (s *Catalog) SetMyValue(ctx context.Context, in SetMyValueInput) (*domain.PersonValue, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := domain.ValidateStrength(in.Strength); err != nil {
		return nil, err
	}
	var statement *string
	if in.Statement != nil {
		st, err := domain.ValidateProse("statement", "The statement", *in.Statement, 0, domain.MaxStatement)
		if err != nil {
			return nil, err
		}
		statement = &st
	}
	var pv domain.PersonValue
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var val domain.Value
		if err := tx.First(&val, in.ValueID).Error; err != nil || val.Status != domain.ValueApproved {
			if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
				return domain.DBErr(err, "value")
			}
			return &domain.Error{Code: domain.CodeInvalid, Field: "valueId", Message: "This value is not in the catalog; pick one from the catalog or propose it."}
		}
		// Lock the person's row so two concurrent additions cannot both pass the limit.
		if err := domain.LockRow(tx, "people", v.ID); err != nil {
			return err
		}
		now := s.Now()
		err := tx.Where("person_id = ? AND value_id = ?", v.ID, val.ID).First(&pv).Error
		switch {
		case err == nil:
			upd := map[string]any{"strength": in.Strength, "updated_at": now}
			if statement != nil {
				upd["statement"] = *statement
			}
			if err := tx.Model(&pv).Updates(upd).Error; err != nil {
				return domain.DBErr(err, "value")
			}
			if err := tx.First(&pv, pv.ID).Error; err != nil {
				return domain.DBErr(err, "value")
			}
			return s.Record(tx, nil, v.ID, "person.rated_value", "PersonValue", pv.ID)
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return domain.DBErr(err, "value")
		}
		var count int64
		if err := tx.Model(&domain.PersonValue{}).Where("person_id = ?", v.ID).Count(&count).Error; err != nil {
			return domain.DBErr(err, "value")
		}
		if count >= domain.MaxValuesPerPerson {
			return domain.Invalid("valueId", "You already hold %d values, the most there can be; remove one to add %s.", domain.MaxValuesPerPerson, val.Name)
		}
		pv = domain.PersonValue{PersonID: v.ID, ValueID: val.ID, Strength: in.Strength, CreatedAt: now, UpdatedAt: now}
		if statement != nil {
			pv.Statement = *statement
		}
		if err := tx.Create(&pv).Error; err != nil {
			return domain.DBErr(err, "You already hold this value; it")
		}
		return s.Record(tx, nil, v.ID, "person.added_value", "PersonValue", pv.ID)
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeople(ctx, v.ID)
	return &pv, nil
}

// RemoveMyValue stops the viewer holding a value and returns the removed entry.
func (s *Catalog) RemoveMyValue(ctx context.Context, valueID int64) (*domain.PersonValue, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var pv domain.PersonValue
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("person_id = ? AND value_id = ?", v.ID, valueID).First(&pv).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return &domain.Error{Code: domain.CodeNotFound, Field: "valueId", Message: "You do not hold this value."}
			}
			return domain.DBErr(err, "value")
		}
		if err := tx.Delete(&pv).Error; err != nil {
			return domain.DBErr(err, "value")
		}
		return s.Record(tx, nil, v.ID, "person.removed_value", "PersonValue", pv.ID)
	})
	if err != nil {
		return nil, err
	}
	s.RefreshPeople(ctx, v.ID)
	return &pv, nil
}

// ProposeValue adds a value to the catalog in status PROPOSED, for an admin to review.
func (s *Catalog) ProposeValue(ctx context.Context, name, description string) (*domain.Value, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	name, err = domain.ValidateLine("name", "The name", name, domain.MinValueName, domain.MaxValueName)
	if err != nil {
		return nil, err
	}
	name = strings.Join(strings.Fields(name), " ")
	slug := domain.Slugify(name)
	if slug == "" {
		return nil, domain.Invalid("name", "The name needs at least one letter or digit.")
	}
	description, err = domain.ValidateProse("description", "The description", description, domain.MinValueDescription, domain.MaxValueDescription)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	val := domain.Value{Slug: slug, Name: name, NameKey: strings.ToLower(name), Description: description,
		Status: domain.ValueProposed, ProposedByID: &v.ID, CreatedAt: now, UpdatedAt: now}
	var out *domain.Value
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return domain.Once(ctx, s.Core, tx, "proposeValue", []any{name, description}, &out, func() (int64, error) {
			var existing domain.Value
			err := tx.Where("name_key = ? OR slug = ?", val.NameKey, slug).First(&existing).Error
			if err == nil {
				msg := "The value %q is already in the catalog."
				switch existing.Status {
				case domain.ValueProposed:
					msg = "The value %q has already been proposed and waits for review."
				case domain.ValueDeclined:
					msg = "The value %q was proposed before and declined."
				}
				return 0, &domain.Error{Code: domain.CodeConflict, Field: "name", Message: strings.Replace(msg, "%q", `"`+existing.Name+`"`, 1)}
			}
			if !errors.Is(err, gorm.ErrRecordNotFound) {
				return 0, domain.DBErr(err, "value")
			}
			if err := tx.Create(&val).Error; err != nil {
				return 0, domain.DBErr(err, "A value with this name")
			}
			out = &val
			return val.ID, s.Record(tx, nil, v.ID, "value.proposed", "Value", val.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewValue approves or declines a proposed value; admins only.
func (s *Catalog) ReviewValue(ctx context.Context, valueID int64, approve bool, note string) (*domain.Value, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.Role != domain.RoleAdmin {
		return nil, domain.Errorf(domain.CodeForbidden, "Only Kindred admins review proposed values.")
	}
	note, err = domain.ValidateProse("note", "The note", note, 0, domain.MaxReviewNote)
	if err != nil {
		return nil, err
	}
	var val domain.Value
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.First(&val, valueID).Error; err != nil {
			return domain.DBErr(err, "This value")
		}
		if val.Status != domain.ValueProposed {
			return domain.Errorf(domain.CodeConflict, "%q is not waiting for review; it is %s.", val.Name, strings.ToLower(string(val.Status)))
		}
		status, verb := domain.ValueDeclined, "value.declined"
		if approve {
			status, verb = domain.ValueApproved, "value.approved"
		}
		now := s.Now()
		res := tx.Model(&domain.Value{}).Where("id = ? AND status = ?", val.ID, domain.ValueProposed).Updates(map[string]any{
			"status": status, "reviewed_by_id": v.ID, "reviewed_at": now, "review_note": note, "updated_at": now})
		if res.Error != nil {
			return domain.DBErr(res.Error, "value")
		}
		if res.RowsAffected == 0 {
			return domain.Errorf(domain.CodeConflict, "%q was reviewed by someone else just now.", val.Name)
		}
		if err := tx.First(&val, val.ID).Error; err != nil {
			return domain.DBErr(err, "value")
		}
		return s.Record(tx, nil, v.ID, verb, "Value", val.ID)
	})
	if err != nil {
		return nil, err
	}
	return &val, nil
}
