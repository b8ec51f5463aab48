package collab

import (
	"context"
	"slices"

	"gorm.io/gorm"

	"kindred/domain"
)

// MaxTeamInvitations bounds the people one inviteTeam invites.
const MaxTeamInvitations = 64

// InviteTeam invites several people to a collaboration in one transaction, as
// InviteMember does each: all of them are invited, or, if one cannot be, none is.
// Stewards only; it is how a proposed team is invited in one step. A retry finds them
// already invited (CONFLICT), so it takes no idempotency key.
func (s *Collabs) InviteTeam(ctx context.Context, collabID int64, personIDs []int64) ([]*domain.Membership, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if len(personIDs) == 0 {
		return nil, domain.Invalid("personIds", "Choose at least one person to invite.")
	}
	if len(personIDs) > MaxTeamInvitations {
		return nil, domain.Invalid("personIds", "Invite at most %d people at once.", MaxTeamInvitations)
	}
	ids := slices.Clone(personIDs)
	slices.Sort(ids)
	if len(slices.Compact(ids)) != len(personIDs) {
		return nil, domain.Invalid("personIds", "Each person is named once.")
	}
	var out []*domain.Membership
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		if _, err := RequireSteward(tx, ctx, c); err != nil {
			return err
		}
		if err := requireOpen(c); err != nil {
			return err
		}
		for _, id := range personIDs {
			var p domain.Person
			if err := tx.First(&p, id).Error; err != nil || !domain.CanSee(v, &p) {
				return &domain.Error{Code: domain.CodeNotFound, Field: "personIds", Message: "One of these people was not found; propose the team again."}
			}
			m, err := s.invite(tx, c, v, &p)
			if err != nil {
				return err
			}
			out = append(out, m)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
