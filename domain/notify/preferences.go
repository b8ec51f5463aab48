package notify

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"kindred/domain"
)

// MailKind is a kind of mail a person chooses a cadence for; each covers one or two
// kinds of notification.
type MailKind string

// The kinds of mail.
const (
	MailInvitation            MailKind = "INVITATION"
	MailJoinRequest           MailKind = "JOIN_REQUEST"
	MailContributionToConfirm MailKind = "CONTRIBUTION_TO_CONFIRM"
	MailProposalClosing       MailKind = "PROPOSAL_CLOSING"
	// MailCommitmentDue covers commitments due soon and overdue, and conditional ones that
	// lapsed at their deadline.
	MailCommitmentDue MailKind = "COMMITMENT_DUE"
	// MailProposalDecided covers proposals adopted, rejected and closed without quorum.
	MailProposalDecided MailKind = "PROPOSAL_DECIDED"
	// MailProposalReview covers decisions whose review date has come.
	MailProposalReview MailKind = "PROPOSAL_REVIEW"
	// MailMention is a post that mentions the person by @handle.
	MailMention MailKind = "MENTION"
	// MailGatheringUpdate is news of a gathering the person answered: they moved up from
	// the waiting list, or it was cancelled.
	MailGatheringUpdate MailKind = "GATHERING_UPDATE"
)

// MailKinds lists the kinds in the order the preferences page shows them.
var MailKinds = []MailKind{MailInvitation, MailJoinRequest, MailContributionToConfirm, MailProposalClosing,
	MailCommitmentDue, MailProposalDecided, MailProposalReview, MailMention, MailGatheringUpdate}

// Valid reports whether k is one of the kinds of mail.
func (k MailKind) Valid() bool {
	for _, m := range MailKinds {
		if k == m {
			return true
		}
	}
	return false
}

// MailKindOf returns the kind of mail of a notification kind.
func MailKindOf(n domain.NotificationKind) MailKind {
	switch n {
	case domain.NotifyCommitmentDue, domain.NotifyCommitmentOverdue, domain.NotifyCommitmentLapsed:
		return MailCommitmentDue
	case domain.NotifyProposalAdopted, domain.NotifyProposalRejected, domain.NotifyProposalQuorumNotReached, domain.NotifyProposalNotCovered:
		return MailProposalDecided
	case domain.NotifyGatheringMovedUp, domain.NotifyGatheringCancelled:
		return MailGatheringUpdate
	}
	return MailKind(n)
}

// Cadence is how often a kind of mail goes out.
type Cadence string

// The cadences.
const (
	CadenceImmediate Cadence = "IMMEDIATE"
	CadenceDaily     Cadence = "DAILY"
	CadenceWeekly    Cadence = "WEEKLY"
	CadenceNever     Cadence = "NEVER"
)

// Valid reports whether c is one of the cadences.
func (c Cadence) Valid() bool {
	return c == CadenceImmediate || c == CadenceDaily || c == CadenceWeekly || c == CadenceNever
}

// DefaultCadence is a kind's cadence for a person who has not chosen: what someone waits
// on (an invitation, a join request, a mention that asks for them) and news of a
// gathering they plan to attend (a place opened, it was cancelled) at once, reminders
// daily, decisions weekly.
func (k MailKind) DefaultCadence() Cadence {
	switch k {
	case MailInvitation, MailJoinRequest, MailMention, MailGatheringUpdate:
		return CadenceImmediate
	case MailProposalDecided:
		return CadenceWeekly
	}
	return CadenceDaily
}

// MailPreference is a person's cadence for one kind of mail.
type MailPreference struct {
	Kind    MailKind `json:"kind"`
	Cadence Cadence  `json:"cadence"`
}

// MailPreferences returns the viewer's cadence for every kind of mail, in MailKinds
// order, the defaults filled in.
func (s *Notify) MailPreferences(ctx context.Context) ([]*MailPreference, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	c, err := cadences(s.DB.WithContext(ctx), v.ID)
	if err != nil {
		return nil, err
	}
	out := make([]*MailPreference, len(MailKinds))
	for i, k := range MailKinds {
		out[i] = &MailPreference{Kind: k, Cadence: c[k]}
	}
	return out, nil
}

// SetMailPreference sets how the viewer wants mail of kind; it returns all their
// preferences as they now are.
func (s *Notify) SetMailPreference(ctx context.Context, kind MailKind, cadence Cadence) ([]*MailPreference, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !kind.Valid() {
		return nil, domain.Invalid("kind", "Choose one of the kinds of mail: INVITATION, JOIN_REQUEST, CONTRIBUTION_TO_CONFIRM, PROPOSAL_CLOSING, COMMITMENT_DUE, PROPOSAL_DECIDED, PROPOSAL_REVIEW, MENTION or GATHERING_UPDATE.")
	}
	if !cadence.Valid() {
		return nil, domain.Invalid("cadence", "Choose IMMEDIATE, DAILY, WEEKLY or NEVER.")
	}
	if err := s.setCadence(s.DB.WithContext(ctx), v.ID, kind, cadence); err != nil {
		return nil, err
	}
	return s.MailPreferences(ctx)
}

func (s *Notify) setCadence(db *gorm.DB, person int64, kind MailKind, cadence Cadence) error {
	p := domain.MailPreference{PersonID: person, Kind: string(kind), Cadence: string(cadence), UpdatedAt: s.Now()}
	return domain.DBErr(db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "person_id"}, {Name: "kind"}},
		DoUpdates: clause.AssignmentColumns([]string{"cadence", "updated_at"})}).Create(&p).Error, "mail preference")
}

// cadences returns a person's cadence per kind of mail, defaults filled in.
func cadences(db *gorm.DB, person int64) (map[MailKind]Cadence, error) {
	var rows []domain.MailPreference
	if err := db.Where("person_id = ?", person).Find(&rows).Error; err != nil {
		return nil, domain.DBErr(err, "mail preferences")
	}
	c := make(map[MailKind]Cadence, len(MailKinds))
	for _, k := range MailKinds {
		c[k] = k.DefaultCadence()
	}
	for _, r := range rows {
		if k, cad := MailKind(r.Kind), Cadence(r.Cadence); k.Valid() && cad.Valid() {
			c[k] = cad
		}
	}
	return c, nil
}
