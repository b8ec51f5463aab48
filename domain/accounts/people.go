package accounts

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"gorm.io/gorm"

	"kindred/domain"
)

// FindPersonByHandle returns the person with handle, or a NOT_FOUND error when there is
// none or the viewer may not see them.
func (s *Accounts) FindPersonByHandle(ctx context.Context, handle string) (*domain.Person, error) {
	var p domain.Person
	if !domain.Storable(handle) {
		return nil, domain.DBErr(gorm.ErrRecordNotFound, "This person")
	}
	err := s.DB.WithContext(ctx).Where("handle = ?", strings.ToLower(strings.TrimSpace(handle))).First(&p).Error
	if err == nil && !domain.CanSee(domain.ViewerFrom(ctx), &p) {
		err = gorm.ErrRecordNotFound
	}
	if err != nil {
		return nil, domain.DBErr(err, "This person")
	}
	return &p, nil
}

// FindPeopleByIDs returns the people with ids whom the viewer may see, in any order.
func (s *Accounts) FindPeopleByIDs(ctx context.Context, ids []int64) ([]*domain.Person, error) {
	people, err := domain.ReadPeople(s.DB.WithContext(ctx), "id IN ?", ids)
	if err != nil {
		return nil, domain.DBErr(err, "people")
	}
	v := domain.ViewerFrom(ctx)
	visible := people[:0]
	for _, p := range people {
		if domain.CanSee(v, p) {
			visible = append(visible, p)
		}
	}
	return visible, nil
}

// ProfileUpdate holds the profile fields to change; nil leaves a field as it is.
type ProfileUpdate struct {
	Handle, DisplayName, Bio, Location *string
	Latitude, Longitude                *float64
	ClearCoordinates                   bool
	RemoteFriendly                     *bool
	Skills                             []string
	SkillsSet                          bool
	Visibility                         *domain.Visibility
	// TimeZone is an IANA name; it decides when digests go out.
	TimeZone *string
	// NamedInReports is whether reports and exports of others may name the person.
	NamedInReports *bool
	// Locale is the language Kindred writes to the person in ("es"); "" clears it.
	Locale *string
}

// UpdateProfile changes the viewer's profile.
func (s *Accounts) UpdateProfile(ctx context.Context, upd ProfileUpdate) (*domain.Person, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	changes := map[string]any{}
	if upd.Handle != nil {
		h := strings.ToLower(strings.TrimSpace(*upd.Handle))
		if err := ValidateHandle(h); err != nil {
			return nil, err
		}
		changes["handle"] = h
	}
	if upd.DisplayName != nil {
		n, err := domain.ValidateLine("displayName", "Display name", *upd.DisplayName, 1, domain.MaxDisplayName)
		if err != nil {
			return nil, err
		}
		changes["display_name"] = n
	}
	if upd.Bio != nil {
		b, err := domain.ValidateProse("bio", "Bio", *upd.Bio, 0, domain.MaxBio)
		if err != nil {
			return nil, err
		}
		changes["bio"] = b
	}
	if upd.Location != nil {
		l, err := domain.ValidateLine("location", "Location", *upd.Location, 0, domain.MaxLocation)
		if err != nil {
			return nil, err
		}
		changes["location"] = l
	}
	switch {
	case upd.ClearCoordinates:
		if upd.Latitude != nil || upd.Longitude != nil {
			return nil, domain.Invalid("clearCoordinates", "Either clear the coordinates or give new ones, not both.")
		}
		changes["latitude"], changes["longitude"] = nil, nil
	case (upd.Latitude == nil) != (upd.Longitude == nil):
		return nil, domain.Invalid("latitude", "Give latitude and longitude together.")
	case upd.Latitude != nil:
		if err := domain.ValidateCoordinates(*upd.Latitude, *upd.Longitude); err != nil {
			return nil, err
		}
		changes["latitude"], changes["longitude"] = *upd.Latitude, *upd.Longitude
	}
	if upd.RemoteFriendly != nil {
		changes["remote_friendly"] = *upd.RemoteFriendly
	}
	if upd.NamedInReports != nil {
		changes["named_in_reports"] = *upd.NamedInReports
	}
	if upd.SkillsSet {
		sk, err := domain.NormalizeSkills(upd.Skills)
		if err != nil {
			return nil, err
		}
		// Map updates bypass GORM's serializer, so encode as the column stores it.
		enc, err := json.Marshal(sk)
		if err != nil {
			return nil, err
		}
		changes["skills"] = string(enc)
	}
	if upd.Visibility != nil {
		if !upd.Visibility.Valid() {
			return nil, domain.Invalid("visibility", "Visibility is PUBLIC, MEMBERS or PRIVATE.")
		}
		changes["visibility"] = *upd.Visibility
	}
	if upd.TimeZone != nil {
		tz, err := ValidateTimeZone(*upd.TimeZone)
		if err != nil {
			return nil, err
		}
		changes["time_zone"] = tz
	}
	if upd.Locale != nil {
		l, err := ValidateLocale(*upd.Locale)
		if err != nil {
			return nil, err
		}
		changes["locale"] = l
	}
	var p domain.Person
	err = s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if h, ok := changes["handle"].(string); ok {
			if err := s.checkHandleAndEmailFree(tx, h, "", v.ID); err != nil {
				return err
			}
		}
		if len(changes) > 0 {
			changes["updated_at"] = s.Now()
			// Model(&Person{ID}) with a map keeps GORM from skipping zero values.
			if err := tx.Model(&domain.Person{ID: v.ID}).Updates(changes).Error; err != nil {
				return domain.DBErr(err, "A person with this handle")
			}
			if err := s.Record(tx, nil, v.ID, "person.updated_profile", "Person", v.ID); err != nil {
				return err
			}
		}
		return tx.First(&p, v.ID).Error
	})
	if err != nil {
		var de *domain.Error
		if errors.As(err, &de) {
			return nil, err
		}
		return nil, domain.DBErr(err, "person")
	}
	s.RefreshPeople(ctx, p.ID)
	return &p, nil
}

// PublicHandles returns the handles of up to limit PUBLIC people who are not suspended,
// oldest first: what anyone may see, for the sitemap.
func (s *Accounts) PublicHandles(ctx context.Context, limit int) ([]string, error) {
	var handles []string
	err := s.DB.WithContext(ctx).Model(&domain.Person{}).Where("visibility = ? AND suspended_at IS NULL", domain.VisibilityPublic).
		Order("id").Limit(limit).Pluck("handle", &handles).Error
	return handles, domain.DBErr(err, "people")
}
