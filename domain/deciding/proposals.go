package deciding

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/impact"
)

// Limits of proposals, positions and comments.
const (
	MaxProposalBody   = 5000
	MinCommentBody    = 1
	MaxCommentBody    = 2000
	MaxPositionReason = 1000
	// A proposal stays open at least MinProposalOpen, so members have time to take part,
	// and at most MaxProposalOpen, so nothing waits for ever.
	MinProposalOpen = time.Hour
	MaxProposalOpen = 90 * 24 * time.Hour
)

// Tally counts the stances taken on a proposal.
type Tally struct {
	Agree, Abstain, Disagree, Block int
}

// TallyOf counts positions, one per person. Where a person appears more than once the
// later entry counts: a changed position replaces the earlier one.
func TallyOf(positions []*domain.Position) Tally {
	last := map[int64]domain.Stance{}
	var order []int64
	for _, p := range positions {
		if _, seen := last[p.PersonID]; !seen {
			order = append(order, p.PersonID)
		}
		last[p.PersonID] = p.Stance
	}
	var t Tally
	for _, person := range order {
		switch last[person] {
		case domain.StanceAgree:
			t.Agree++
		case domain.StanceAbstain:
			t.Abstain++
		case domain.StanceDisagree:
			t.Disagree++
		case domain.StanceBlock:
			t.Block++
		}
	}
	return t
}

// Decide is the consent rule. At its closing time an OPEN proposal is ADOPTED when nobody
// blocks and agrees outnumber disagrees; otherwise it is REJECTED, and so is a proposal
// nobody took a position on. Abstentions count for neither side. A proposal that is no
// longer OPEN (withdrawn, or closed already) keeps its status.
func Decide(status domain.ProposalStatus, t Tally) domain.ProposalStatus {
	if status != domain.ProposalOpen {
		return status
	}
	if t.Block == 0 && t.Agree > t.Disagree {
		return domain.ProposalAdopted
	}
	return domain.ProposalRejected
}

// ProposalInput is what putting a proposal to the members takes.
type ProposalInput struct {
	Kind  domain.ProposalKind
	Title string
	Body  string
	// ProposedGoal is the new goal a GOAL proposal puts forward; only GOAL proposals have one.
	ProposedGoal string
	// ProposedOutcome is the outcome an OUTCOME proposal puts forward, optionally: adopted,
	// it is defined for the collaboration, serving its values.
	ProposedOutcome *impact.OutcomeInput
	// OutcomeNeedIDs and OutcomeCommitmentIDs name needs of the collaboration and the
	// proposer's own live commitments that serve the proposed outcome (at most
	// domain.MaxServedOutcomes together); adoption links them to it.
	OutcomeNeedIDs, OutcomeCommitmentIDs []int64
	// ProposedQuorumShare is the participation share a QUORUM proposal puts forward, from
	// one third to 1; only QUORUM proposals have one, and they must.
	ProposedQuorumShare *float64
	// Anonymous hides who takes which position from everyone, stewards and admins
	// included: only the counts are shown.
	Anonymous bool
	// DecisionKind is how it is decided: CONSENT by default, or a poll among Options (2–20;
	// time slots for MEETING_TIME) of kind OTHER or MEMBERSHIP. DotsPerMember (1–20) is
	// required for a DOT_VOTE and only for it.
	DecisionKind  domain.DecisionKind
	Options       []OptionInput
	DotsPerMember *int
	// Needs is what the proposal needs to be carried out: it is adopted only if the
	// members' pledges cover it (see CoverNeeds).
	Needs    []collab.NeedInput
	ClosesAt time.Time
}

// CreateProposal puts a proposal to the members of a collaboration; ACTIVE members only.
// It closes by itself at ClosesAt (see CloseDueProposals).
func (s *Deciding) CreateProposal(ctx context.Context, collabID int64, in ProposalInput) (*domain.Proposal, error) {
	v, err := domain.RequireViewer(ctx)
	if err != nil {
		return nil, err
	}
	if !in.Kind.Valid() {
		return nil, domain.Invalid("kind", "A proposal is of kind GOAL, OUTCOME, MEMBERSHIP, QUORUM or OTHER.")
	}
	title, err := domain.ValidateLine("title", "The title", in.Title, collab.MinTitle, collab.MaxTitle)
	if err != nil {
		return nil, err
	}
	body, err := domain.ValidateProse("body", "The body", in.Body, 0, MaxProposalBody)
	if err != nil {
		return nil, err
	}
	var goal string
	if in.Kind == domain.ProposalGoal {
		if goal, err = domain.ValidateProse("proposedGoal", "The proposed goal", in.ProposedGoal, collab.MinGoal, collab.MaxGoal); err != nil {
			return nil, err
		}
	} else if strings.TrimSpace(in.ProposedGoal) != "" {
		return nil, domain.Invalid("proposedGoal", "Only a GOAL proposal carries a proposed goal.")
	}
	share, err := checkProposedQuorum(in)
	if err != nil {
		return nil, err
	}
	needs, err := parseProposalNeeds(in.Needs)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	decision, options, dots, err := checkPoll(in, now)
	if err != nil {
		return nil, err
	}
	var proposed *domain.Outcome
	if in.ProposedOutcome == nil && len(in.OutcomeNeedIDs)+len(in.OutcomeCommitmentIDs) > 0 {
		return nil, domain.Invalid("proposedOutcome.servedByIds", "Only a proposal that puts an outcome forward names what serves it.")
	}
	if in.ProposedOutcome != nil {
		if in.Kind != domain.ProposalOutcome {
			return nil, domain.Invalid("proposedOutcome", "Only an OUTCOME proposal carries a proposed outcome.")
		}
		o := in.ProposedOutcome
		proposed = &domain.Outcome{Name: o.Name, Unit: o.Unit, Baseline: o.Baseline, Target: o.Target, Direction: o.Direction, DueAt: domain.UTCPtr(o.DueAt)}
		if err := impact.CheckDefinition(proposed, true, now); err != nil {
			var de *domain.Error
			if errors.As(err, &de) && de.Field != "" {
				de.Field = "proposedOutcome." + de.Field
			}
			return nil, err
		}
	}
	closes := in.ClosesAt.UTC()
	switch open := closes.Sub(now); {
	case open < MinProposalOpen:
		return nil, domain.Invalid("closesAt", "A proposal stays open at least an hour so that members can take part; choose a later closing time.")
	case open > MaxProposalOpen:
		return nil, domain.Invalid("closesAt", "A proposal closes within 90 days; choose an earlier closing time.")
	}
	p := &domain.Proposal{
		AuthorID: v.ID, Kind: in.Kind, Title: title, Body: body, ProposedGoal: goal, ProposedQuorumShare: share,
		Anonymous: in.Anonymous, DecisionKind: decision, Options: options, DotsPerMember: dots, ClosesAt: closes, Status: domain.ProposalOpen, CreatedAt: now, UpdatedAt: now,
	}
	if proposed != nil {
		p.OutcomeName, p.OutcomeUnit, p.OutcomeBaseline, p.OutcomeTarget, p.OutcomeDueAt =
			proposed.Name, proposed.Unit, &proposed.Baseline, &proposed.Target, proposed.DueAt
	}
	err = s.InCollaboration(ctx, collabID, func(tx *gorm.DB, c *domain.Collaboration) error {
		return domain.Once(ctx, s.Core, tx, "createProposal", []any{collabID, in}, &p, func() (int64, error) {
			if _, err := collab.RequireActive(tx, ctx, c); err != nil {
				return 0, err
			}
			if err := requireNotArchived(c); err != nil {
				return 0, err
			}
			if p.Kind == domain.ProposalGoal && p.ProposedGoal == c.Goal {
				return 0, domain.Invalid("proposedGoal", "This is already the goal of %q; propose a different one.", c.Title)
			}
			if share != nil && math.Abs(*share-c.QuorumShare) < 1e-4 {
				return 0, domain.Invalid("proposedQuorumShare", "%s is already the participation share of %q; propose a different one.", FormatShare(c.QuorumShare), c.Title)
			}
			p.CollaborationID = c.ID
			if err := tx.Create(p).Error; err != nil {
				return 0, domain.DBErr(err, "proposal")
			}
			if err := storeOutcomeLinks(tx, p, in.OutcomeNeedIDs, in.OutcomeCommitmentIDs); err != nil {
				return 0, err
			}
			for _, n := range needs {
				n.ProposalID, n.CreatedAt = p.ID, now
			}
			if len(needs) > 0 {
				if err := tx.Create(needs).Error; err != nil {
					return 0, domain.DBErr(err, "proposal needs")
				}
			}
			return p.ID, s.Record(tx, &c.ID, v.ID, "proposal.created", "Proposal", p.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// checkProposedQuorum checks the share a QUORUM proposal puts forward.
func checkProposedQuorum(in ProposalInput) (*float64, error) {
	if in.Kind != domain.ProposalQuorum {
		if in.ProposedQuorumShare != nil {
			return nil, domain.Invalid("proposedQuorumShare", "Only a QUORUM proposal carries a participation share.")
		}
		return nil, nil
	}
	if in.ProposedQuorumShare == nil {
		return nil, domain.Invalid("proposedQuorumShare", "A QUORUM proposal says which share of the active members must take part: from 0.3333 (one third) to 1 (everyone).")
	}
	share := *in.ProposedQuorumShare
	if math.IsNaN(share) || share < MinQuorumShare || share > MaxQuorumShare {
		return nil, domain.Invalid("proposedQuorumShare", "The participation share is from 0.3333 (one third) to 1 (everyone); 0.5 is one half.")
	}
	if share < 1.0/3 {
		share = 1.0 / 3 // 0.3333 means one third
	}
	return &share, nil
}

// FormatShare writes a participation share as people say it: "one half", "one third",
// "all", or a percentage.
func FormatShare(share float64) string {
	switch {
	case math.Abs(share-0.5) < 1e-4:
		return "one half"
	case math.Abs(share-1.0/3) < 1e-4:
		return "one third"
	case math.Abs(share-2.0/3) < 1e-4:
		return "two thirds"
	case share >= 1:
		return "all"
	}
	return fmt.Sprintf("%g%%", math.Round(share*1000)/10)
}

func requireNotArchived(c *domain.Collaboration) error {
	if c.Status == domain.CollaborationArchived {
		return domain.Errorf(domain.CodeConflict, "%q is archived; it no longer decides anything.", c.Title)
	}
	return nil
}

// requireOpenProposal refuses positions, comments and withdrawal once a proposal is
// closed or its closing time has come (the outcome is then being counted).
func (s *Deciding) requireOpenProposal(p *domain.Proposal) error {
	if p.Status != domain.ProposalOpen {
		return domain.Errorf(domain.CodeConflict, "This proposal is %s; it is no longer open.", statusWords(p.Status))
	}
	if !s.Now().Before(p.ClosesAt) {
		return domain.Errorf(domain.CodeConflict, "This proposal closed at %s; its outcome is being counted.", p.ClosesAt.Format(time.RFC3339))
	}
	return nil
}

// inProposal loads a proposal and runs f under its collaboration's lock.
func (s *Deciding) inProposal(ctx context.Context, id int64, f func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error) (*domain.Proposal, error) {
	p, err := domain.InOwner(ctx, s.Core, id, "This proposal", f)
	if domain.ErrorCode(err) == domain.CodeNotFound {
		// A proposal in a collaboration the viewer may not see is as absent as one that
		// never was: the same answer for both.
		return nil, domain.Errorf(domain.CodeNotFound, "This proposal was not found.")
	}
	return p, err
}

// PositionInput is a stance on a proposal and the reason for it.
type PositionInput struct {
	Stance domain.Stance
	Reason string
}

// SetPosition takes or changes the viewer's position on an OPEN proposal; ACTIVE members
// only, one position each. A BLOCK needs a reason.
func (s *Deciding) SetPosition(ctx context.Context, proposalID int64, in PositionInput) (*domain.Position, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	if !in.Stance.Valid() {
		return nil, domain.Invalid("stance", "A stance is AGREE, ABSTAIN, DISAGREE or BLOCK.")
	}
	reason, err := domain.ValidateProse("reason", "The reason", in.Reason, 0, MaxPositionReason)
	if err != nil {
		return nil, err
	}
	if in.Stance == domain.StanceBlock && reason == "" {
		return nil, domain.Invalid("reason", "A block stops the proposal for everyone: say why, so the others can answer it.")
	}
	var pos domain.Position
	_, err = s.inProposal(ctx, proposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		m, err := collab.RequireActive(tx, ctx, c)
		if err != nil {
			return err
		}
		if err := requireNotArchived(c); err != nil {
			return err
		}
		if err := s.requireOpenProposal(p); err != nil {
			return err
		}
		now := s.Now()
		err = tx.Where("proposal_id = ? AND person_id = ?", p.ID, m.PersonID).First(&pos).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			pos = domain.Position{CollaborationID: c.ID, ProposalID: p.ID, PersonID: m.PersonID, Stance: in.Stance, Reason: reason, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(&pos).Error; err != nil {
				return domain.DBErr(err, "Your position")
			}
			return s.recordPosition(tx, c.ID, p, m.PersonID, "position.taken", pos.ID)
		case err != nil:
			return domain.DBErr(err, "position")
		case pos.Stance == in.Stance && pos.Reason == reason:
			return nil // nothing changed, nothing to report
		}
		if err := tx.Model(&domain.Position{ID: pos.ID}).Updates(map[string]any{"stance": in.Stance, "reason": reason, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "position")
		}
		pos.Stance, pos.Reason, pos.UpdatedAt = in.Stance, reason, now
		return s.recordPosition(tx, c.ID, p, m.PersonID, "position.changed", pos.ID)
	})
	if err != nil {
		return nil, err
	}
	return &pos, nil
}

// recordPosition writes the activity of a position taken or changed. On an anonymous
// proposal it names neither the person nor the position, only that the proposal received
// one: the entry must not tell who took which stance.
func (s *Deciding) recordPosition(tx *gorm.DB, collabID int64, p *domain.Proposal, person int64, verb string, positionID int64) error {
	if p.Anonymous {
		return s.RecordSystem(tx, collabID, verb, "Proposal", p.ID)
	}
	return s.Record(tx, &collabID, person, verb, "Position", positionID)
}

// CommentOnProposal adds the viewer's comment to the discussion of an OPEN proposal;
// ACTIVE members only.
func (s *Deciding) CommentOnProposal(ctx context.Context, proposalID int64, body string) (*domain.Comment, error) {
	if _, err := domain.RequireViewer(ctx); err != nil {
		return nil, err
	}
	text, err := domain.ValidateProse("body", "A comment", body, MinCommentBody, MaxCommentBody)
	if err != nil {
		return nil, err
	}
	var out *domain.Comment
	_, err = s.inProposal(ctx, proposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		return domain.Once(ctx, s.Core, tx, "commentOnProposal", []any{proposalID, text}, &out, func() (int64, error) {
			m, err := collab.RequireActive(tx, ctx, c)
			if err != nil {
				return 0, err
			}
			if err := requireNotArchived(c); err != nil {
				return 0, err
			}
			if err := s.requireOpenProposal(p); err != nil {
				return 0, err
			}
			cm := domain.Comment{CollaborationID: c.ID, ProposalID: p.ID, AuthorID: m.PersonID, Body: text, CreatedAt: s.Now()}
			if err := tx.Create(&cm).Error; err != nil {
				return 0, domain.DBErr(err, "comment")
			}
			out = &cm
			return cm.ID, s.Record(tx, &c.ID, m.PersonID, "comment.added", "Comment", cm.ID)
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// WithdrawProposal withdraws an OPEN proposal before its closing time; its author only.
func (s *Deciding) WithdrawProposal(ctx context.Context, proposalID int64) (*domain.Proposal, error) {
	return s.inProposal(ctx, proposalID, func(tx *gorm.DB, c *domain.Collaboration, p *domain.Proposal) error {
		if p.AuthorID != domain.ViewerID(ctx) {
			return domain.Errorf(domain.CodeForbidden, "Only the author of a proposal can withdraw it.")
		}
		if err := s.requireOpenProposal(p); err != nil {
			return err
		}
		now := s.Now()
		res := tx.Model(&domain.Proposal{}).Where("id = ? AND status = ?", p.ID, domain.ProposalOpen).
			Updates(map[string]any{"status": domain.ProposalWithdrawn, "closed_at": now, "updated_at": now})
		if res.Error != nil {
			return domain.DBErr(res.Error, "proposal")
		}
		if res.RowsAffected == 0 {
			return domain.Errorf(domain.CodeConflict, "This proposal has just closed.")
		}
		if err := s.Record(tx, &c.ID, p.AuthorID, "proposal.withdrawn", "Proposal", p.ID); err != nil {
			return err
		}
		if err := s.settlePledges(tx, p, false, nil, lapseReason(p, domain.ProposalWithdrawn)); err != nil {
			return err
		}
		return domain.DBErr(tx.First(p, p.ID).Error, "proposal")
	})
}

// closeBatch is how many due proposals CloseDueProposals reads at a time.
const closeBatch = 100

// CloseDueProposals closes every OPEN proposal whose closing time has come by the
// service's clock, each by the closing rule of its kind (RuleFor: quorum, then consent),
// and returns how many it closed.
// Each close is a conditional update of a proposal still OPEN, so when several instances
// run it at once every proposal is closed exactly once. Adopting a GOAL proposal
// replaces the collaboration's goal and keeps the old one in the goal history, in the
// same transaction. A failure with one proposal does not stop the others.
func (s *Deciding) CloseDueProposals(ctx context.Context) (int, error) {
	now := s.Now()
	closed := 0
	var errs []error
	var after int64
	for {
		var ids []int64
		err := s.DB.WithContext(ctx).Model(&domain.Proposal{}).Where("status = ? AND closes_at <= ? AND id > ?", domain.ProposalOpen, now, after).
			Order("id").Limit(closeBatch).Pluck("id", &ids).Error
		if err != nil {
			return closed, errors.Join(append(errs, domain.DBErr(err, "proposals"))...)
		}
		for _, id := range ids {
			ok, err := s.closeProposal(ctx, id, now)
			if err != nil {
				errs = append(errs, err)
			}
			if ok {
				closed++
			}
		}
		if len(ids) < closeBatch || ctx.Err() != nil {
			break
		}
		after = ids[len(ids)-1]
	}
	return closed, errors.Join(errs...)
}

// closeProposal closes one due proposal; it reports false when another caller closed
// (or its author withdrew) it first.
func (s *Deciding) closeProposal(ctx context.Context, id int64, now time.Time) (bool, error) {
	closed := false
	err := s.DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var p domain.Proposal
		if err := tx.First(&p, id).Error; err != nil {
			return domain.DBErr(err, "proposal")
		}
		// The collaboration's lock orders the close after any position being taken now.
		if err := domain.LockRow(tx, "collaborations", p.CollaborationID); err != nil {
			return err
		}
		if err := tx.First(&p, id).Error; err != nil {
			return domain.DBErr(err, "proposal")
		}
		if p.Status != domain.ProposalOpen || p.ClosesAt.After(now) {
			return nil
		}
		var positions []*domain.Position
		if err := tx.Where("proposal_id = ?", p.ID).Order("id").Find(&positions).Error; err != nil {
			return domain.DBErr(err, "positions")
		}
		var c domain.Collaboration
		if err := tx.Select("id", "quorum_share").First(&c, p.CollaborationID).Error; err != nil {
			return domain.DBErr(err, "collaboration")
		}
		active, err := activeMembers(tx, p.CollaborationID)
		if err != nil {
			return err
		}
		ballots, err := ballotsOf(tx, &p)
		if err != nil {
			return err
		}
		needs, counted, err := coverage(tx, p.ID)
		if err != nil {
			return err
		}
		r := CoverNeeds(RuleOf(&p)(Closing{Proposal: &p, Positions: positions, Active: active, Share: c.QuorumShare, Ballots: ballots}), needs)
		outcome := r.Status
		res := tx.Model(&domain.Proposal{}).Where("id = ? AND status = ?", p.ID, domain.ProposalOpen).
			Updates(map[string]any{"status": outcome, "closed_at": now, "updated_at": now, "closing_reason": r.Reason,
				"quorum_eligible": r.Participation.Eligible, "quorum_needed": r.Participation.Needed, "quorum_taken": r.Participation.Taken,
				"poll_result": pollResultColumn(r.Poll)})
		if res.Error != nil {
			return domain.DBErr(res.Error, "proposal")
		}
		if res.RowsAffected == 0 {
			return nil // closed by another instance in the meantime
		}
		closed = true
		if err := s.RecordSystem(tx, p.CollaborationID, "proposal."+strings.ToLower(string(outcome)), "Proposal", p.ID); err != nil {
			return err
		}
		if err := s.settlePledges(tx, &p, outcome == domain.ProposalAdopted, counted, lapseReason(&p, outcome)); err != nil {
			return err
		}
		if outcome == domain.ProposalAdopted && p.Kind == domain.ProposalOutcome && p.OutcomeName != "" {
			return s.adoptOutcome(tx, &p, now)
		}
		if outcome == domain.ProposalAdopted && p.Kind == domain.ProposalQuorum && p.ProposedQuorumShare != nil {
			return s.adoptQuorum(tx, &p, now)
		}
		// A GOAL proposal without a goal to put (possible only in data written outside the
		// API) never blanks the collaboration's goal.
		if outcome != domain.ProposalAdopted || p.Kind != domain.ProposalGoal || strings.TrimSpace(p.ProposedGoal) == "" {
			return nil
		}
		if err := tx.Model(&domain.Collaboration{ID: p.CollaborationID}).Updates(map[string]any{"goal": p.ProposedGoal, "updated_at": now}).Error; err != nil {
			return domain.DBErr(err, "collaboration")
		}
		rev := &domain.GoalRevision{CollaborationID: p.CollaborationID, Goal: p.ProposedGoal, ProposalID: &p.ID, SetByID: p.AuthorID, CreatedAt: now}
		if err := tx.Create(rev).Error; err != nil {
			return domain.DBErr(err, "goal")
		}
		return s.RecordSystem(tx, p.CollaborationID, "collaboration.goal_changed", "Collaboration", p.CollaborationID)
	})
	if err != nil {
		return false, err
	}
	return closed, nil
}

// adoptQuorum sets the participation share an adopted QUORUM proposal put forward, in
// the transaction that closes it; later proposals close by it.
func (s *Deciding) adoptQuorum(tx *gorm.DB, p *domain.Proposal, now time.Time) error {
	if err := tx.Model(&domain.Collaboration{ID: p.CollaborationID}).Updates(map[string]any{"quorum_share": *p.ProposedQuorumShare, "updated_at": now}).Error; err != nil {
		return domain.DBErr(err, "collaboration")
	}
	return s.RecordSystem(tx, p.CollaborationID, "collaboration.quorum_changed", "Collaboration", p.CollaborationID)
}

// activeMembers returns the people who are ACTIVE members of a collaboration now.
func activeMembers(tx *gorm.DB, collabID int64) (map[int64]bool, error) {
	var ids []int64
	if err := tx.Model(&domain.Membership{}).Where("collaboration_id = ? AND status = ?", collabID, domain.MembershipActive).
		Pluck("person_id", &ids).Error; err != nil {
		return nil, domain.DBErr(err, "members")
	}
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// adoptOutcome defines the outcome an adopted OUTCOME proposal put forward, in the
// transaction that closes it. A collaboration that can no longer take outcomes (archived,
// or full) keeps the decision without the outcome.
func (s *Deciding) adoptOutcome(tx *gorm.DB, p *domain.Proposal, now time.Time) error {
	var c domain.Collaboration
	if err := tx.First(&c, p.CollaborationID).Error; err != nil {
		return domain.DBErr(err, "collaboration")
	}
	o := &domain.Outcome{Name: p.OutcomeName, Unit: p.OutcomeUnit, Baseline: *p.OutcomeBaseline, Target: *p.OutcomeTarget,
		DueAt: p.OutcomeDueAt, CreatedByID: p.AuthorID, CreatedAt: now, UpdatedAt: now}
	if err := impact.CheckDefinition(o, false, now); err != nil {
		return nil // checked when proposed; nothing here can fail it now
	}
	if err := s.impact.CreateOutcome(tx, &c, p.AuthorID, o, nil); err != nil {
		if domain.ErrorCode(err) == domain.CodeInternal {
			return err
		}
		return nil
	}
	if err := tx.Model(&domain.Proposal{}).Where("id = ?", p.ID).Update("outcome_id", o.ID).Error; err != nil {
		return domain.DBErr(err, "proposal")
	}
	return linkAdoptedOutcome(tx, p, o.ID)
}
