package domain

import (
	"context"
	"errors"
	"strings"

	"gorm.io/gorm"
)

// ValueFilter selects values of the catalog.
type ValueFilter struct {
	Search string
	Status ValueStatus
	First  *int
	After  string
}

// ValuePage is one page of values in name order.
type ValuePage struct {
	Values      []*Value
	Cursors     []string
	HasNextPage bool
	HasPrevious bool
	TotalCount  int
}

// FindValues lists catalog values in name order. Only admins list proposed or declined
// values beyond their own proposals.
func (s *Service) FindValues(ctx context.Context, f ValueFilter) (*ValuePage, error) {
	n, err := PageSize(f.First)
	if err != nil {
		return nil, err
	}
	status := f.Status
	if status == "" {
		status = ValueApproved
	}
	q := s.db.WithContext(ctx).Model(&Value{}).Where("status = ?", status)
	if status != ValueApproved {
		v := ViewerFrom(ctx)
		switch {
		case v == nil:
			return nil, ErrUnauthenticated
		case v.Role != RoleAdmin:
			q = q.Where("proposed_by_id = ?", v.ID)
		}
	}
	search, err := ValidateLookup("search", f.Search, MaxValueDescription)
	if err != nil {
		return nil, err
	}
	if search = strings.ToLower(search); search != "" {
		like := "%" + escapeLike(search) + "%"
		q = q.Where("(name_key LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE '\\')", like, like)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, dbErr(err, "values")
	}
	page := &ValuePage{TotalCount: int(total)}
	if f.After != "" {
		c, err := decodeCursor(f.After)
		if err != nil {
			return nil, err
		}
		q = q.Where("(name_key > ? OR (name_key = ? AND id > ?))", c.Key, c.Key, c.ID)
		page.HasPrevious = true
	}
	var values []*Value
	if err := q.Order("name_key, id").Limit(n + 1).Find(&values).Error; err != nil {
		return nil, dbErr(err, "values")
	}
	if len(values) > n {
		values, page.HasNextPage = values[:n], true
	}
	page.Values = values
	for _, v := range values {
		page.Cursors = append(page.Cursors, encodeCursor(v.NameKey, v.ID))
	}
	return page, nil
}

// canSeeValue: approved values are public; others only to their proposer and admins.
func canSeeValue(viewer *Person, v *Value) bool {
	if v.Status == ValueApproved {
		return true
	}
	return viewer != nil && (viewer.Role == RoleAdmin || (v.ProposedByID != nil && *v.ProposedByID == viewer.ID))
}

// FindValueBySlug returns a value by slug, if the viewer may see it.
func (s *Service) FindValueBySlug(ctx context.Context, slug string) (*Value, error) {
	var v Value
	if !Storable(slug) {
		return nil, dbErr(gorm.ErrRecordNotFound, "This value")
	}
	err := s.db.WithContext(ctx).Where("slug = ?", strings.ToLower(strings.TrimSpace(slug))).First(&v).Error
	if err == nil && !canSeeValue(ViewerFrom(ctx), &v) {
		err = gorm.ErrRecordNotFound
	}
	if err != nil {
		return nil, dbErr(err, "This value")
	}
	return &v, nil
}

// FindValuesByIDs returns the values with ids that the viewer may see, in any order.
// Approved values come from the cache and are shared: callers must not change them.
func (s *Service) FindValuesByIDs(ctx context.Context, ids []int64) ([]*Value, error) {
	visible := make([]*Value, 0, len(ids))
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
	var values []*Value
	if err := s.db.WithContext(ctx).Where("id IN ?", missing).Find(&values).Error; err != nil {
		return nil, dbErr(err, "values")
	}
	viewer := ViewerFrom(ctx)
	for _, v := range values {
		s.values.put(v)
		if canSeeValue(viewer, v) {
			visible = append(visible, v)
		}
	}
	return visible, nil
}

// HolderCounts returns how many visible-or-not people hold each of the values.
func (s *Service) HolderCounts(ctx context.Context, valueIDs []int64) (map[int64]int, error) {
	var rows []struct {
		ValueID int64
		N       int
	}
	err := s.db.WithContext(ctx).Model(&PersonValue{}).Select("value_id, COUNT(*) AS n").
		Where("value_id IN ?", valueIDs).Group("value_id").Scan(&rows).Error
	if err != nil {
		return nil, dbErr(err, "values")
	}
	out := make(map[int64]int, len(rows))
	for _, r := range rows {
		out[r.ValueID] = r.N
	}
	return out, nil
}

// PersonValuesByPersonIDs returns the values each person holds, strongest first. The
// people are assumed visible already: callers reach this through a visible person.
func (s *Service) PersonValuesByPersonIDs(ctx context.Context, personIDs []int64) (map[int64][]*PersonValue, error) {
	var pvs []*PersonValue
	err := s.db.WithContext(ctx).Where("person_id IN ?", personIDs).
		Order("person_id, strength DESC, id").Find(&pvs).Error
	if err != nil {
		return nil, dbErr(err, "values")
	}
	out := make(map[int64][]*PersonValue, len(personIDs))
	for _, pv := range pvs {
		out[pv.PersonID] = append(out[pv.PersonID], pv)
	}
	return out, nil
}

// FindPersonValuesByIDs returns held values by ID, for node lookups, if their holder is
// visible to the viewer.
func (s *Service) FindPersonValuesByIDs(ctx context.Context, ids []int64) ([]*PersonValue, error) {
	var pvs []*PersonValue
	if err := s.db.WithContext(ctx).Where("id IN ?", ids).Find(&pvs).Error; err != nil {
		return nil, dbErr(err, "values")
	}
	holderIDs := make([]int64, 0, len(pvs))
	for _, pv := range pvs {
		holderIDs = append(holderIDs, pv.PersonID)
	}
	people, err := s.FindPeopleByIDs(ctx, holderIDs)
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
func (s *Service) SetMyValue(ctx context.Context, in SetMyValueInput) (*PersonValue, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := ValidateStrength(in.Strength); err != nil {
		return nil, err
	}
	var statement *string
	if in.Statement != nil {
		st, err := ValidateProse("statement", "The statement", *in.Statement, 0, MaxStatement)
		if err != nil {
			return nil, err
		}
		statement = &st
	}
	var pv PersonValue
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var val Value
		if err := tx.First(&val, in.ValueID).Error; err != nil || val.Status != ValueApproved {
			if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
				return dbErr(err, "value")
			}
			return &Error{Code: CodeInvalid, Field: "valueId", Message: "This value is not in the catalog; pick one from the catalog or propose it."}
		}
		// Lock the person's row so two concurrent additions cannot both pass the limit.
		if err := lockRow(tx, "people", v.ID); err != nil {
			return err
		}
		now := s.now()
		err := tx.Where("person_id = ? AND value_id = ?", v.ID, val.ID).First(&pv).Error
		switch {
		case err == nil:
			upd := map[string]any{"strength": in.Strength, "updated_at": now}
			if statement != nil {
				upd["statement"] = *statement
			}
			if err := tx.Model(&pv).Updates(upd).Error; err != nil {
				return dbErr(err, "value")
			}
			if err := tx.First(&pv, pv.ID).Error; err != nil {
				return dbErr(err, "value")
			}
			return s.record(tx, nil, v.ID, "person.rated_value", "PersonValue", pv.ID)
		case !errors.Is(err, gorm.ErrRecordNotFound):
			return dbErr(err, "value")
		}
		var count int64
		if err := tx.Model(&PersonValue{}).Where("person_id = ?", v.ID).Count(&count).Error; err != nil {
			return dbErr(err, "value")
		}
		if count >= MaxValuesPerPerson {
			return Invalid("valueId", "You already hold %d values, the most there can be; remove one to add %s.", MaxValuesPerPerson, val.Name)
		}
		pv = PersonValue{PersonID: v.ID, ValueID: val.ID, Strength: in.Strength, CreatedAt: now, UpdatedAt: now}
		if statement != nil {
			pv.Statement = *statement
		}
		if err := tx.Create(&pv).Error; err != nil {
			return dbErr(err, "You already hold this value; it")
		}
		return s.record(tx, nil, v.ID, "person.added_value", "PersonValue", pv.ID)
	})
	if err != nil {
		return nil, err
	}
	s.refreshPeople(ctx, v.ID)
	return &pv, nil
}

// RemoveMyValue stops the viewer holding a value and returns the removed entry.
func (s *Service) RemoveMyValue(ctx context.Context, valueID int64) (*PersonValue, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	var pv PersonValue
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("person_id = ? AND value_id = ?", v.ID, valueID).First(&pv).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return &Error{Code: CodeNotFound, Field: "valueId", Message: "You do not hold this value."}
			}
			return dbErr(err, "value")
		}
		if err := tx.Delete(&pv).Error; err != nil {
			return dbErr(err, "value")
		}
		return s.record(tx, nil, v.ID, "person.removed_value", "PersonValue", pv.ID)
	})
	if err != nil {
		return nil, err
	}
	s.refreshPeople(ctx, v.ID)
	return &pv, nil
}

// ProposeValue adds a value to the catalog in status PROPOSED, for an admin to review.
func (s *Service) ProposeValue(ctx context.Context, name, description string) (*Value, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	name, err = ValidateLine("name", "The name", name, MinValueName, MaxValueName)
	if err != nil {
		return nil, err
	}
	name = strings.Join(strings.Fields(name), " ")
	slug := Slugify(name)
	if slug == "" {
		return nil, Invalid("name", "The name needs at least one letter or digit.")
	}
	description, err = ValidateProse("description", "The description", description, MinValueDescription, MaxValueDescription)
	if err != nil {
		return nil, err
	}
	now := s.now()
	val := Value{Slug: slug, Name: name, NameKey: strings.ToLower(name), Description: description,
		Status: ValueProposed, ProposedByID: &v.ID, CreatedAt: now, UpdatedAt: now}
	var out *Value
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return once(ctx, s, tx, "proposeValue", []any{name, description}, &out, func() (int64, error) {
			var existing Value
			err := tx.Where("name_key = ? OR slug = ?", val.NameKey, slug).First(&existing).Error
			if err == nil {
				msg := "The value %q is already in the catalog."
				switch existing.Status {
				case ValueProposed:
					msg = "The value %q has already been proposed and waits for review."
				case ValueDeclined:
					msg = "The value %q was proposed before and declined."
				}
				return 0, &Error{Code: CodeConflict, Field: "name", Message: strings.Replace(msg, "%q", `"`+existing.Name+`"`, 1)}
			}
			if !errors.Is(err, gorm.ErrRecordNotFound) {
				return 0, dbErr(err, "value")
			}
			if err := tx.Create(&val).Error; err != nil {
				return 0, dbErr(err, "A value with this name")
			}
			out = &val
			return val.ID, s.record(tx, nil, v.ID, "value.proposed", "Value", val.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewValue approves or declines a proposed value; admins only.
func (s *Service) ReviewValue(ctx context.Context, valueID int64, approve bool, note string) (*Value, error) {
	v, err := requireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if v.Role != RoleAdmin {
		return nil, Errorf(CodeForbidden, "Only Kindred admins review proposed values.")
	}
	note, err = ValidateProse("note", "The note", note, 0, MaxReviewNote)
	if err != nil {
		return nil, err
	}
	var val Value
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.First(&val, valueID).Error; err != nil {
			return dbErr(err, "This value")
		}
		if val.Status != ValueProposed {
			return Errorf(CodeConflict, "%q is not waiting for review; it is %s.", val.Name, strings.ToLower(string(val.Status)))
		}
		status, verb := ValueDeclined, "value.declined"
		if approve {
			status, verb = ValueApproved, "value.approved"
		}
		now := s.now()
		res := tx.Model(&Value{}).Where("id = ? AND status = ?", val.ID, ValueProposed).Updates(map[string]any{
			"status": status, "reviewed_by_id": v.ID, "reviewed_at": now, "review_note": note, "updated_at": now})
		if res.Error != nil {
			return dbErr(res.Error, "value")
		}
		if res.RowsAffected == 0 {
			return Errorf(CodeConflict, "%q was reviewed by someone else just now.", val.Name)
		}
		if err := tx.First(&val, val.ID).Error; err != nil {
			return dbErr(err, "value")
		}
		return s.record(tx, nil, v.ID, verb, "Value", val.ID)
	})
	if err != nil {
		return nil, err
	}
	return &val, nil
}
