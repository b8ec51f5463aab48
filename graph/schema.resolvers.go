package graph

import (
	"context"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/discovery"
	"kindred/domain/gather"
	"kindred/domain/impact"
	"kindred/domain/ledger"
	"kindred/domain/moderation"
	"kindred/domain/notify"
	"kindred/domain/talk"
	"kindred/graph/model"
	"kindred/graph/relay"
	"strconv"
	"time"
)

func (r *accessTokenResolver) ID(ctx context.Context, obj *domain.AccessToken) (string, error) {
	return relay.ID(relay.TypeAccessToken, obj.ID), nil
}

func (r *accessTokenResolver) Scope(ctx context.Context, obj *domain.AccessToken) (model.TokenScope, error) {
	if obj.CanWrite() {
		return model.TokenScopeWrite, nil
	}
	return model.TokenScopeRead, nil
}

func (r *activityResolver) ID(ctx context.Context, obj *domain.Activity) (string, error) {
	return relay.ID(relay.TypeActivity, obj.ID), nil
}

func (r *activityResolver) Actor(ctx context.Context, obj *domain.Activity) (*domain.Person, error) {
	if obj.ActorID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Activity) *int64 { return obj.ActorID })
}

func (r *activityResolver) Subject(ctx context.Context, obj *domain.Activity) (relay.Node, error) {
	return subjectOf(ctx, r.Resolver, obj, func(a *domain.Activity) string { return relay.ID(a.SubjectType, a.SubjectID) })
}

func (r *attestationResolver) Person(ctx context.Context, obj *domain.Attestation) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Attestation) int64 { return obj.PersonID })
}

func (r *blockedPersonResolver) PersonID(ctx context.Context, obj *domain.Block) (string, error) {
	return relay.ID(relay.TypePerson, obj.BlockedID), nil
}

func (r *blockedPersonResolver) Person(ctx context.Context, obj *domain.Block) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Block) int64 { return obj.BlockedID })
}

func (r *blockedPersonResolver) BlockedAt(ctx context.Context, obj *domain.Block) (*time.Time, error) {
	return &obj.CreatedAt, nil
}

func (r *collaborationResolver) ID(ctx context.Context, obj *domain.Collaboration) (string, error) {
	return relay.ID(relay.TypeCollab, obj.ID), nil
}

func (r *collaborationResolver) CreatedBy(ctx context.Context, obj *domain.Collaboration) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Collaboration) int64 { return obj.CreatedByID })
}

func (r *collaborationResolver) Values(ctx context.Context, obj *domain.Collaboration) ([]*domain.CollaborationValue, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).CollaborationValues, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) Needs(ctx context.Context, obj *domain.Collaboration) ([]*domain.Need, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Needs, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) Members(ctx context.Context, obj *domain.Collaboration) ([]*domain.Membership, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Members, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) InvitationLinks(ctx context.Context, obj *domain.Collaboration) ([]*domain.InvitationLink, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).InvitationLinks, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) MemberCount(ctx context.Context, obj *domain.Collaboration) (int, error) {
	return loadFor(ctx, r.loaders(ctx).MemberCount, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
}

func (r *collaborationResolver) ViewerMembership(ctx context.Context, obj *domain.Collaboration) (*domain.Membership, error) {
	if domain.ViewerFrom(ctx) == nil {
		return nil, nil
	}
	return loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
}

func (r *collaborationResolver) GoalHistory(ctx context.Context, obj *domain.Collaboration) ([]*domain.GoalRevision, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).GoalHistory, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) DecidedTimes(ctx context.Context, obj *domain.Collaboration) ([]*deciding.DecidedTime, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).DecidedTimes, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) Ledger(ctx context.Context, obj *domain.Collaboration, personID *string, kind *domain.ResourceKind, awaitingConfirmation *bool, first *int, after *string) (*model.ContributionConnection, error) {
	f := ledger.LedgerFilter{Kind: kind, Awaiting: flag(awaitingConfirmation), First: first, After: str(after)}
	if personID != nil {
		id, err := decodeID("personId", relay.TypePerson, *personID)
		if err != nil {
			return nil, err
		}
		f.PersonID = &id
	}
	p, err := r.FindLedger(ctx, obj.ID, f)
	if err != nil {
		return nil, err
	}
	return contributionPage(p), nil
}

func (r *collaborationResolver) Totals(ctx context.Context, obj *domain.Collaboration) ([]*model.Total, error) {
	ts, err := loadFor(ctx, r.loaders(ctx).Totals, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
	return totals(ts), err
}

func (r *collaborationResolver) Outcomes(ctx context.Context, obj *domain.Collaboration) ([]*domain.Outcome, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Outcomes, obj, func(obj *domain.Collaboration) int64 { return obj.ID }))
}

func (r *collaborationResolver) Impact(ctx context.Context, obj *domain.Collaboration) (*model.CollaborationImpact, error) {
	ci, err := loadFor(ctx, r.loaders(ctx).CollabImpact, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
	if err == nil && ci == nil {
		err = domain.Errorf(domain.CodeNotFound, "This collaboration was not found.")
	}
	if err != nil {
		return nil, err
	}
	return &model.CollaborationImpact{CollaborationID: obj.ID, CollabImpact: ci}, nil
}

func (r *collaborationResolver) StatedVsLived(ctx context.Context, obj *domain.Collaboration) (*model.StatedVsLived, error) {
	svl, err := r.loaders(ctx).StatedLivedIn.Load(ctx, obj.ID)
	return r.statedVsLived(ctx, svl, err)
}

func (r *collaborationResolver) Candidates(ctx context.Context, obj *domain.Collaboration, valueID *string, skill *string, place *string, remoteFriendly *bool, minScore *float64, search *string, first *int, after *string) (*model.PersonMatchConnection, error) {
	f, err := matchFilter(valueID, skill, place, remoteFriendly, minScore, search, first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.NeedCandidates(ctx, obj.ID, nil, f)
	return r.personMatches(ctx, p, err)
}

func (r *collaborationResolver) ProposedTeam(ctx context.Context, obj *domain.Collaboration) (*discovery.ProposedTeam, error) {
	return r.ProposeTeam(ctx, obj.ID)
}

func (r *collaborationResolver) Proposals(ctx context.Context, obj *domain.Collaboration, status []domain.ProposalStatus, first *int, after *string) (*model.ProposalConnection, error) {
	return proposalConnection(loadFor(ctx, r.loaders(ctx).Proposals, obj, func(obj *domain.Collaboration) pageKey { return newPageKey(obj.ID, status, first, after) }))
}

func (r *collaborationResolver) Activity(ctx context.Context, obj *domain.Collaboration, first *int, after *string) (*model.ActivityConnection, error) {
	return activityConnection(loadFor(ctx, r.loaders(ctx).Activity, obj, func(obj *domain.Collaboration) pageKey { return newPageKey[string](obj.ID, nil, first, after) }))
}

func (r *collaborationResolver) CommitteeSignal(ctx context.Context, obj *domain.Collaboration) (*impact.CommitteeSignal, error) {
	sig, err := loadFor(ctx, r.loaders(ctx).CommitteeSignal, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return &sig, nil
}

func (r *collaborationResolver) Threads(ctx context.Context, obj *domain.Collaboration, first *int, after *string) (*model.ThreadConnection, error) {
	return threadConnection(loadFor(ctx, r.loaders(ctx).Threads, obj, func(obj *domain.Collaboration) pageKey { return newPageKey[string](obj.ID, nil, first, after) }))
}

func (r *collaborationResolver) Thread(ctx context.Context, obj *domain.Collaboration, number int) (*domain.Thread, error) {
	th, err := r.loaders(ctx).Thread.Load(ctx, int64(number))
	if err != nil || th == nil || th.CollaborationID != obj.ID {
		return nil, err
	}
	return th, nil
}

func (r *collaborationResolver) Gatherings(ctx context.Context, obj *domain.Collaboration, when *model.GatheringWhen, first *int, after *string) (*model.GatheringConnection, error) {
	past := when != nil && *when == model.GatheringWhenPast
	return gatheringConnection(loadFor(ctx, r.loaders(ctx).Gatherings, obj, func(obj *domain.Collaboration) pageKey {
		return newPageKey(obj.ID, []string{strconv.FormatBool(past)}, first, after)
	}))
}

func (r *collaborationResolver) Gathering(ctx context.Context, obj *domain.Collaboration, number int) (*domain.Gathering, error) {
	g, err := r.loaders(ctx).Gathering.Load(ctx, int64(number))
	if err != nil || g == nil || g.CollaborationID != obj.ID {
		return nil, err
	}
	return g, nil
}

func (r *collaborationResolver) ViewerCanPlanGatherings(ctx context.Context, obj *domain.Collaboration) (bool, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Collaboration) int64 { return obj.ID })
	return gather.CanPlan(m, obj), err
}

func (r *collaborationImpactResolver) Outcomes(ctx context.Context, obj *model.CollaborationImpact) ([]*domain.Outcome, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Outcomes, obj, func(obj *model.CollaborationImpact) int64 { return obj.CollaborationID }))
}

func (r *collaborationImpactResolver) OutcomeSummary(ctx context.Context, obj *model.CollaborationImpact) (*impact.OutcomeSummary, error) {
	list, err := loadFor(ctx, r.loaders(ctx).Outcomes, obj, func(obj *model.CollaborationImpact) int64 { return obj.CollaborationID })
	if err != nil {
		return nil, err
	}
	return r.outcomeSummary(ctx, list)
}

func (r *collaborationImpactResolver) Totals(ctx context.Context, obj *model.CollaborationImpact) ([]*model.Total, error) {
	return totals(obj.Totals), nil
}

func (r *collaborationImpactResolver) ByMember(ctx context.Context, obj *model.CollaborationImpact) ([]*impact.MemberGiven, error) {
	return pointers(obj.ByMember), nil
}

func (r *collaborationImpactResolver) ReportContributors(ctx context.Context, obj *model.CollaborationImpact) ([]*impact.ReportContributor, error) {
	return r.Impact.ReportContributors(ctx, obj.CollabImpact)
}

func (r *collaborationImpactResolver) Monthly(ctx context.Context, obj *model.CollaborationImpact) ([]*impact.Point, error) {
	return pointers(obj.Monthly), nil
}

func (r *collaborationImpactResolver) LinkedShare(ctx context.Context, obj *model.CollaborationImpact) ([]*impact.LinkedShare, error) {
	c, err := r.loaders(ctx).Costs.Load(ctx, obj.CollaborationID)
	if err != nil || c == nil {
		return []*impact.LinkedShare{}, err
	}
	return pointers(c.Linked), nil
}

func (r *collaborationImpactResolver) Costs(ctx context.Context, obj *model.CollaborationImpact) ([]*impact.CostRollUp, error) {
	c, err := r.loaders(ctx).Costs.Load(ctx, obj.CollaborationID)
	if err != nil || c == nil {
		return []*impact.CostRollUp{}, err
	}
	return pointers(c.RollUp), nil
}

func (r *collaborationValueResolver) Value(ctx context.Context, obj *domain.CollaborationValue) (*domain.Value, error) {
	return loadFor(ctx, r.loaders(ctx).Value, obj, func(obj *domain.CollaborationValue) int64 { return obj.ValueID })
}

func (r *commentResolver) ID(ctx context.Context, obj *domain.Comment) (string, error) {
	return relay.ID(relay.TypeComment, obj.ID), nil
}

func (r *commentResolver) Proposal(ctx context.Context, obj *domain.Comment) (*domain.Proposal, error) {
	return loadFor(ctx, r.loaders(ctx).Proposal, obj, func(obj *domain.Comment) int64 { return obj.ProposalID })
}

func (r *commentResolver) Author(ctx context.Context, obj *domain.Comment) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Comment) int64 { return obj.AuthorID })
}

func (r *commentResolver) Body(ctx context.Context, obj *domain.Comment) (string, error) {
	return r.shownBody(ctx, obj.CollaborationID, obj.AuthorID, obj.Hiding, obj.Body)
}

func (r *commentResolver) Hidden(ctx context.Context, obj *domain.Comment) (*domain.Hiding, error) {
	return hiding(obj.Hiding), nil
}

func (r *commentResolver) ViewerCanHide(ctx context.Context, obj *domain.Comment) (bool, error) {
	return r.viewerCanHide(ctx, obj.CollaborationID)
}

func (r *commentResolver) AuthorBlockedByViewer(ctx context.Context, obj *domain.Comment) (bool, error) {
	return loadFor(ctx, r.loaders(ctx).BlockedByViewer, obj, func(obj *domain.Comment) int64 { return obj.AuthorID })
}

func (r *commitmentResolver) ID(ctx context.Context, obj *domain.Commitment) (string, error) {
	return relay.ID(relay.TypeCommitment, obj.ID), nil
}

func (r *commitmentResolver) Serves(ctx context.Context, obj *domain.Commitment) ([]*domain.Outcome, error) {
	return servedOutcomes(ctx, r.loaders(ctx), r.loaders(ctx).CommitmentServes, obj, func(o *domain.Commitment) int64 { return o.ID })
}

func (r *commitmentResolver) Membership(ctx context.Context, obj *domain.Commitment) (*domain.Membership, error) {
	return loadFor(ctx, r.loaders(ctx).Membership, obj, func(obj *domain.Commitment) int64 { return obj.MembershipID })
}

func (r *commitmentResolver) Quantity(ctx context.Context, obj *domain.Commitment) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Quantity), nil
}

func (r *commitmentResolver) Need(ctx context.Context, obj *domain.Commitment) (*domain.Need, error) {
	if obj.NeedID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Need, obj, func(obj *domain.Commitment) *int64 { return obj.NeedID })
}

func (r *commitmentResolver) ProposalNeed(ctx context.Context, obj *domain.Commitment) (*domain.ProposalNeed, error) {
	if obj.ProposalNeedID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).ProposalNeed, obj, func(obj *domain.Commitment) *int64 { return obj.ProposalNeedID })
}

func (r *commitmentResolver) Condition(ctx context.Context, obj *domain.Commitment) (*model.CommitmentCondition, error) {
	return &model.CommitmentCondition{Kind: obj.ConditionKind, Threshold: obj.ConditionThreshold, By: obj.ConditionDeadline}, nil
}

func (r *commitmentResolver) LapseReason(ctx context.Context, obj *domain.Commitment) (*string, error) {
	if obj.Status != domain.CommitmentLapsed {
		return nil, nil
	}
	return &obj.LapseReason, nil
}

func (r *commitmentResolver) Fulfilment(ctx context.Context, obj *domain.Commitment) (*model.Fulfilment, error) {
	f, err := loadFor(ctx, r.loaders(ctx).Fulfilment, obj, func(obj *domain.Commitment) int64 { return obj.ID })
	return &model.Fulfilment{Fulfilment: f, Kind: obj.Kind, Unit: obj.Unit, Currency: obj.Currency}, err
}

func (r *commitmentResolver) Behind(ctx context.Context, obj *domain.Commitment) (bool, error) {
	f, err := loadFor(ctx, r.loaders(ctx).Fulfilment, obj, func(obj *domain.Commitment) int64 { return obj.ID })
	return ledger.Behind(obj, f, r.Clock().Now()), err
}

func (r *commitmentResolver) Recurrence(ctx context.Context, obj *domain.Commitment) (*model.CommitmentRecurrence, error) {
	if obj.Period == domain.RecurNone || obj.StartsOn == nil {
		return nil, nil
	}
	c, err := loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Commitment) int64 { return obj.CollaborationID })
	if err != nil || c == nil {
		return nil, err
	}
	return &model.CommitmentRecurrence{Every: obj.Period, StartsOn: *obj.StartsOn, EndsOn: obj.EndsOn, CancelledAt: obj.CancelledAt,
		TimeZone: domain.LoadZone(c.TimeZone).String()}, nil
}

func (r *commitmentResolver) CurrentPeriod(ctx context.Context, obj *domain.Commitment) (*model.CommitmentPeriod, error) {
	if obj.Period == domain.RecurNone {
		return nil, nil
	}
	f, err := loadFor(ctx, r.loaders(ctx).Fulfilment, obj, func(obj *domain.Commitment) int64 { return obj.ID })
	if cur, ok := f.Current(); ok && err == nil {
		return commitmentPeriod(obj, cur), nil
	}
	return nil, err
}

func (r *commitmentResolver) Periods(ctx context.Context, obj *domain.Commitment, first *int) ([]*model.CommitmentPeriod, error) {
	n, err := domain.PageSize(first)
	if err != nil || obj.Period == domain.RecurNone {
		return []*model.CommitmentPeriod{}, err
	}
	f, err := loadFor(ctx, r.loaders(ctx).Fulfilment, obj, func(obj *domain.Commitment) int64 { return obj.ID })
	return newestPeriods(obj, f.Periods, n), err
}

func (r *contributionResolver) ID(ctx context.Context, obj *domain.Contribution) (string, error) {
	return relay.ID(relay.TypeContrib, obj.ID), nil
}

func (r *contributionResolver) Serves(ctx context.Context, obj *domain.Contribution) ([]*domain.Outcome, error) {
	return servedOutcomes(ctx, r.loaders(ctx), r.loaders(ctx).ContributionServes, obj, func(o *domain.Contribution) int64 { return o.ID })
}

func (r *contributionResolver) Collaboration(ctx context.Context, obj *domain.Contribution) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Contribution) int64 { return obj.CollaborationID })
}

func (r *contributionResolver) Person(ctx context.Context, obj *domain.Contribution) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Contribution) int64 { return obj.PersonID })
}

func (r *contributionResolver) Commitment(ctx context.Context, obj *domain.Contribution) (*domain.Commitment, error) {
	if obj.CommitmentID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Commitment, obj, func(obj *domain.Contribution) *int64 { return obj.CommitmentID })
}

func (r *contributionResolver) Quantity(ctx context.Context, obj *domain.Contribution) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Quantity), nil
}

func (r *contributionResolver) Status(ctx context.Context, obj *domain.Contribution) (model.ContributionStatus, error) {
	if obj.ReversesID != nil {
		return model.ContributionStatusReversal, nil
	}
	rev, err := loadFor(ctx, r.loaders(ctx).Reversal, obj, func(obj *domain.Contribution) int64 { return obj.ID })
	switch {
	case err != nil:
		return "", err
	case rev != nil:
		return model.ContributionStatusReversed, nil
	case obj.ConfirmedByID != nil:
		return model.ContributionStatusConfirmed, nil
	}
	return model.ContributionStatusUnconfirmed, nil
}

func (r *contributionResolver) ConfirmedBy(ctx context.Context, obj *domain.Contribution) (*domain.Person, error) {
	if obj.ConfirmedByID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Contribution) *int64 { return obj.ConfirmedByID })
}

func (r *contributionResolver) Reverses(ctx context.Context, obj *domain.Contribution) (*domain.Contribution, error) {
	if obj.ReversesID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Contribution, obj, func(obj *domain.Contribution) *int64 { return obj.ReversesID })
}

func (r *contributionResolver) ReversedBy(ctx context.Context, obj *domain.Contribution) (*domain.Contribution, error) {
	return loadFor(ctx, r.loaders(ctx).Reversal, obj, func(obj *domain.Contribution) int64 { return obj.ID })
}

func (r *contributionResolver) ViewerCanConfirm(ctx context.Context, obj *domain.Contribution) (bool, error) {
	// The rule's cheap parts first: most entries are settled without reading more.
	if domain.ViewerFrom(ctx) == nil || ledger.CanConfirm(&domain.Membership{Status: domain.MembershipActive}, obj, false) != nil {
		return false, nil
	}
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Contribution) int64 { return obj.CollaborationID })
	if err != nil || m == nil {
		return false, err
	}
	rev, err := loadFor(ctx, r.loaders(ctx).Reversal, obj, func(obj *domain.Contribution) int64 { return obj.ID })
	return err == nil && ledger.CanConfirm(m, obj, rev != nil) == nil, err
}

func (r *costRollUpResolver) Metric(ctx context.Context, obj *impact.CostRollUp) (*domain.Metric, error) {
	return loadForOpt(ctx, r.loaders(ctx).Metric, obj, func(o *impact.CostRollUp) *int64 { return o.MetricID })
}

func (r *costRollUpResolver) Currency(ctx context.Context, obj *impact.CostRollUp) (*string, error) {
	return optional(obj.Currency), nil
}

func (r *fulfilmentResolver) Committed(ctx context.Context, obj *model.Fulfilment) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Committed), nil
}

func (r *fulfilmentResolver) Confirmed(ctx context.Context, obj *model.Fulfilment) (*model.Quantity, error) {
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, obj.Confirmed), nil
}

func (r *fulfilmentResolver) Unconfirmed(ctx context.Context, obj *model.Fulfilment) (*model.Quantity, error) {
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, obj.Unconfirmed), nil
}

func (r *gatheringResolver) ID(ctx context.Context, obj *domain.Gathering) (string, error) {
	return relay.ID(relay.TypeGathering, obj.ID), nil
}

func (r *gatheringResolver) Number(ctx context.Context, obj *domain.Gathering) (int, error) {
	return int(obj.ID), nil
}

func (r *gatheringResolver) Collaboration(ctx context.Context, obj *domain.Gathering) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
}

func (r *gatheringResolver) DescriptionHTML(ctx context.Context, obj *domain.Gathering) (string, error) {
	return talk.RenderMarkdown(obj.Description), nil
}

func (r *gatheringResolver) LocalStart(ctx context.Context, obj *domain.Gathering) (string, error) {
	return gather.LocalTime(obj.StartsAt, obj.TimeZone), nil
}

func (r *gatheringResolver) LocalEnd(ctx context.Context, obj *domain.Gathering) (string, error) {
	return gather.LocalTime(obj.EndsAt, obj.TimeZone), nil
}

func (r *gatheringResolver) Need(ctx context.Context, obj *domain.Gathering) (*domain.Need, error) {
	if obj.NeedID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Need, obj, func(obj *domain.Gathering) *int64 { return obj.NeedID })
}

func (r *gatheringResolver) CreatedBy(ctx context.Context, obj *domain.Gathering) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Gathering) int64 { return obj.CreatedByID })
}

func (r *gatheringResolver) GoingCount(ctx context.Context, obj *domain.Gathering) (int, error) {
	c, err := loadFor(ctx, r.loaders(ctx).RSVPCounts, obj, func(obj *domain.Gathering) int64 { return obj.ID })
	return c.Going, err
}

func (r *gatheringResolver) MaybeCount(ctx context.Context, obj *domain.Gathering) (int, error) {
	c, err := loadFor(ctx, r.loaders(ctx).RSVPCounts, obj, func(obj *domain.Gathering) int64 { return obj.ID })
	return c.Maybe, err
}

func (r *gatheringResolver) WaitingCount(ctx context.Context, obj *domain.Gathering) (int, error) {
	c, err := loadFor(ctx, r.loaders(ctx).RSVPCounts, obj, func(obj *domain.Gathering) int64 { return obj.ID })
	return c.Waiting, err
}

func (r *gatheringResolver) ViewerRsvp(ctx context.Context, obj *domain.Gathering) (*domain.RSVPStatus, error) {
	a, err := loadFor(ctx, r.loaders(ctx).ViewerRSVP, obj, func(obj *domain.Gathering) int64 { return obj.ID })
	if err != nil || a == nil {
		return nil, err
	}
	return &a.Status, nil
}

func (r *gatheringResolver) ViewerWaitingPosition(ctx context.Context, obj *domain.Gathering) (*int, error) {
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return nil, nil
	}
	answers, err := loadFor(ctx, r.loaders(ctx).GatheringAnswers, obj, func(obj *domain.Gathering) int64 { return obj.ID })
	pos := gather.WaitingPosition(answers, v.ID)
	if err != nil || pos == 0 {
		return nil, err
	}
	return &pos, nil
}

func (r *gatheringResolver) ViewerCanRsvp(ctx context.Context, obj *domain.Gathering) (bool, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
	return gather.CanAnswer(m, obj, r.Now()), err
}

func (r *gatheringResolver) ViewerCanManage(ctx context.Context, obj *domain.Gathering) (bool, error) {
	c, err := loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
	if err != nil || c == nil {
		return false, err
	}
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
	return gather.CanPlan(m, c), err
}

func (r *gatheringResolver) Answers(ctx context.Context, obj *domain.Gathering) ([]*domain.GatheringRSVP, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
	if err != nil || !gather.MayReadAnswers(domain.ViewerFrom(ctx), m) {
		return nil, err
	}
	return orEmpty(loadFor(ctx, r.loaders(ctx).GatheringAnswers, obj, func(obj *domain.Gathering) int64 { return obj.ID }))
}

func (r *gatheringResolver) Attendees(ctx context.Context, obj *domain.Gathering) ([]*domain.Person, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Gathering) int64 { return obj.CollaborationID })
	if err != nil || !gather.MayReadAnswers(domain.ViewerFrom(ctx), m) {
		return nil, err
	}
	if _, err := loadFor(ctx, r.loaders(ctx).Attendances, obj, func(obj *domain.Gathering) int64 { return obj.ID }); err != nil {
		return nil, err
	}
	people, err := loadManyFor(ctx, r.loaders(ctx).Person, obj, func(g *domain.Gathering) []int64 {
		as, _ := r.loaders(ctx).Attendances.Load(ctx, g.ID) // fetched for the whole cohort above
		ids := make([]int64, len(as))
		for i, a := range as {
			ids[i] = a.PersonID
		}
		return ids
	})
	return visiblePeople(people), err
}

func (r *gatheringResolver) IcsURL(ctx context.Context, obj *domain.Gathering) (string, error) {
	return r.Mail.Link(gather.ICSPath(obj.ID)), nil
}

func (r *gatheringAnswerResolver) Person(ctx context.Context, obj *domain.GatheringRSVP) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.GatheringRSVP) int64 { return obj.PersonID })
}

func (r *giverRecordResolver) Given(ctx context.Context, obj *model.GiverRecord) ([]*model.Total, error) {
	return totals(obj.Given), nil
}

func (r *goalRevisionResolver) SetBy(ctx context.Context, obj *domain.GoalRevision) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.GoalRevision) int64 { return obj.SetByID })
}

func (r *goalRevisionResolver) Proposal(ctx context.Context, obj *domain.GoalRevision) (*domain.Proposal, error) {
	if obj.ProposalID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Proposal, obj, func(obj *domain.GoalRevision) *int64 { return obj.ProposalID })
}

func (r *hidingResolver) Reason(ctx context.Context, obj *domain.Hiding) (string, error) {
	return obj.HiddenReason, nil
}

func (r *hidingResolver) HiddenAt(ctx context.Context, obj *domain.Hiding) (*time.Time, error) {
	return obj.HiddenAt, nil
}

func (r *impactOverviewResolver) Totals(ctx context.Context, obj *model.ImpactOverview) ([]*model.Total, error) {
	return totals(obj.Totals), nil
}

func (r *impactOverviewResolver) Monthly(ctx context.Context, obj *model.ImpactOverview) ([]*impact.Point, error) {
	return pointers(obj.Monthly), nil
}

func (r *impactOverviewResolver) Metrics(ctx context.Context, obj *model.ImpactOverview) ([]*impact.MetricTotal, error) {
	totals, err := r.MetricTotals(ctx)
	return pointers(totals), err
}

func (r *impactPointResolver) Currency(ctx context.Context, obj *impact.Point) (*string, error) {
	if obj.Currency == "" {
		return nil, nil
	}
	return &obj.Currency, nil
}

func (r *impactPointResolver) Amount(ctx context.Context, obj *impact.Point) (model.Decimal, error) {
	return model.Decimal(domain.FormatSum(obj.Kind, obj.Currency, obj.All)), nil
}

func (r *impactPointResolver) Confirmed(ctx context.Context, obj *impact.Point) (model.Decimal, error) {
	return model.Decimal(domain.FormatSum(obj.Kind, obj.Currency, obj.Confirmed)), nil
}

func (r *invitationResolver) CollaborationID(ctx context.Context, obj *collab.Invitation) (string, error) {
	return relay.ID(relay.TypeCollab, obj.Collaboration.ID), nil
}

func (r *invitationResolver) Slug(ctx context.Context, obj *collab.Invitation) (string, error) {
	return obj.Collaboration.Slug, nil
}

func (r *invitationResolver) Title(ctx context.Context, obj *collab.Invitation) (string, error) {
	return obj.Collaboration.Title, nil
}

func (r *invitationResolver) Goal(ctx context.Context, obj *collab.Invitation) (string, error) {
	return obj.Collaboration.Goal, nil
}

func (r *invitationResolver) Needs(ctx context.Context, obj *collab.Invitation) ([]*domain.Need, error) {
	return obj.Needs, nil
}

func (r *invitationResolver) Need(ctx context.Context, obj *collab.Invitation) (*domain.Need, error) {
	for _, n := range obj.Needs {
		if obj.Link.NeedID != nil && n.ID == *obj.Link.NeedID {
			return n, nil
		}
	}
	return nil, nil
}

func (r *invitationResolver) Email(ctx context.Context, obj *collab.Invitation) (*string, error) {
	return obj.Link.Email, nil
}

func (r *invitationResolver) ExpiresAt(ctx context.Context, obj *collab.Invitation) (*time.Time, error) {
	return &obj.Link.ExpiresAt, nil
}

func (r *invitationLinkResolver) ID(ctx context.Context, obj *domain.InvitationLink) (string, error) {
	return relay.ID(relay.TypeInvitationLink, obj.ID), nil
}

func (r *invitationLinkResolver) Collaboration(ctx context.Context, obj *domain.InvitationLink) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.InvitationLink) int64 { return obj.CollaborationID })
}

func (r *invitationLinkResolver) CreatedBy(ctx context.Context, obj *domain.InvitationLink) (*domain.Person, error) {
	if obj.CreatedByID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.InvitationLink) *int64 { return obj.CreatedByID })
}

func (r *invitationLinkResolver) Need(ctx context.Context, obj *domain.InvitationLink) (*domain.Need, error) {
	if obj.NeedID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Need, obj, func(obj *domain.InvitationLink) *int64 { return obj.NeedID })
}

func (r *invitationLinkResolver) Status(ctx context.Context, obj *domain.InvitationLink) (collab.LinkStatus, error) {
	return collab.StatusOfLink(obj, r.Clock().Now()), nil
}

func (r *invitationLinkResolver) Joined(ctx context.Context, obj *domain.InvitationLink) ([]*domain.Membership, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).JoinedByLink, obj, func(obj *domain.InvitationLink) int64 { return obj.ID }))
}

func (r *invitationNeedResolver) ID(ctx context.Context, obj *domain.Need) (string, error) {
	return relay.ID(relay.TypeNeed, obj.ID), nil
}

func (r *invitationNeedResolver) Quantity(ctx context.Context, obj *domain.Need) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Quantity), nil
}

func (r *linkedShareResolver) Currency(ctx context.Context, obj *impact.LinkedShare) (*string, error) {
	return optional(obj.Currency), nil
}

func (r *measurementResolver) ID(ctx context.Context, obj *domain.Measurement) (string, error) {
	return relay.ID(relay.TypeMeasurement, obj.ID), nil
}

func (r *measurementResolver) Outcome(ctx context.Context, obj *domain.Measurement) (*domain.Outcome, error) {
	o, err := loadFor(ctx, r.loaders(ctx).Outcome, obj, func(obj *domain.Measurement) int64 { return obj.OutcomeID })
	if err == nil && o == nil {
		err = domain.Errorf(domain.CodeNotFound, "This outcome was not found.")
	}
	return o, err
}

func (r *measurementResolver) RecordedBy(ctx context.Context, obj *domain.Measurement) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Measurement) int64 { return obj.RecordedByID })
}

func (r *measurementResolver) Supersedes(ctx context.Context, obj *domain.Measurement) (*domain.Measurement, error) {
	if obj.SupersedesID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Measurement, obj, func(obj *domain.Measurement) *int64 { return obj.SupersedesID })
}

func (r *measurementResolver) SupersededBy(ctx context.Context, obj *domain.Measurement) (*domain.Measurement, error) {
	return loadFor(ctx, r.loaders(ctx).Correction, obj, func(obj *domain.Measurement) int64 { return obj.ID })
}

func (r *measurementResolver) Current(ctx context.Context, obj *domain.Measurement) (bool, error) {
	c, err := loadFor(ctx, r.loaders(ctx).Correction, obj, func(obj *domain.Measurement) int64 { return obj.ID })
	return c == nil, err
}

func (r *measurementResolver) Attestations(ctx context.Context, obj *domain.Measurement) ([]*domain.Attestation, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Attestations, obj, func(obj *domain.Measurement) int64 { return obj.ID }))
}

func (r *measurementResolver) ViewerCanAttest(ctx context.Context, obj *domain.Measurement) (bool, error) {
	v := domain.ViewerFrom(ctx)
	if v == nil || v.ID == obj.RecordedByID {
		return false, nil
	}
	l := r.loaders(ctx)
	mine, err := loadFor(ctx, l.ViewerMembership, obj, func(obj *domain.Measurement) int64 { return obj.CollaborationID })
	if err != nil {
		return false, err
	}
	correction, err := loadFor(ctx, l.Correction, obj, func(obj *domain.Measurement) int64 { return obj.ID })
	if err != nil {
		return false, err
	}
	as, err := loadFor(ctx, l.Attestations, obj, func(obj *domain.Measurement) int64 { return obj.ID })
	return err == nil && impact.CanAttest(v, mine, obj, correction != nil, as), err
}

func (r *memberContributionResolver) Person(ctx context.Context, obj *impact.MemberGiven) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *impact.MemberGiven) int64 { return obj.PersonID })
}

func (r *memberContributionResolver) Given(ctx context.Context, obj *impact.MemberGiven) ([]*model.Total, error) {
	return totals(obj.Given), nil
}

func (r *membershipResolver) ID(ctx context.Context, obj *domain.Membership) (string, error) {
	return relay.ID(relay.TypeMembership, obj.ID), nil
}

func (r *membershipResolver) Collaboration(ctx context.Context, obj *domain.Membership) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Membership) int64 { return obj.CollaborationID })
}

func (r *membershipResolver) Person(ctx context.Context, obj *domain.Membership) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Membership) int64 { return obj.PersonID })
}

func (r *membershipResolver) InvitedBy(ctx context.Context, obj *domain.Membership) (*domain.Person, error) {
	if obj.InvitedByID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Membership) *int64 { return obj.InvitedByID })
}

func (r *membershipResolver) Commitments(ctx context.Context, obj *domain.Membership) ([]*domain.Commitment, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Commitments, obj, func(obj *domain.Membership) int64 { return obj.ID }))
}

func (r *membershipResolver) Reciprocity(ctx context.Context, obj *domain.Membership) (*float64, error) {
	rec, err := loadFor(ctx, r.loaders(ctx).MemberRecord, obj, func(obj *domain.Membership) int64 { return obj.ID })
	return rec.Reciprocity, err
}

func (r *membershipResolver) Behind(ctx context.Context, obj *domain.Membership) (bool, error) {
	rec, err := loadFor(ctx, r.loaders(ctx).MemberRecord, obj, func(obj *domain.Membership) int64 { return obj.ID })
	return rec.Behind, err
}

func (r *metricTotalResolver) Metric(ctx context.Context, obj *impact.MetricTotal) (*domain.Metric, error) {
	return loadFor(ctx, r.loaders(ctx).Metric, obj, func(o *impact.MetricTotal) int64 { return o.MetricID })
}

func (r *mutationResolver) SignUp(ctx context.Context, input model.SignUpInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Accounts.SignUp(ctx, accounts.SignUpInput{Handle: input.Handle, DisplayName: input.DisplayName, Email: input.Email,
		Password: input.Password, TimeZone: str(input.TimeZone)})
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) LogIn(ctx context.Context, input model.LogInInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Accounts.LogIn(ctx, input.Login, input.Password)
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) RefreshToken(ctx context.Context, input model.RefreshTokenInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Refresh(ctx, refreshTokenFrom(ctx, input.RefreshToken))
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) LogOut(ctx context.Context, input *model.LogOutInput) (*model.LogOutPayload, error) {
	var given *string
	if input != nil {
		given = input.RefreshToken
	}
	n, err := r.Accounts.LogOut(ctx, refreshTokenFrom(ctx, given))
	if err != nil {
		return nil, err
	}
	if cs := cookieSession(ctx); cs != nil && cs.SameOrigin() {
		cs.Clear()
	}
	return &model.LogOutPayload{SessionsEnded: n}, nil
}

func (r *mutationResolver) LogOutEverywhere(ctx context.Context) (*model.LogOutPayload, error) {
	n, err := r.Accounts.LogOutEverywhere(ctx)
	if err != nil {
		return nil, err
	}
	if cs := cookieSession(ctx); cs != nil && cs.SameOrigin() {
		cs.Clear()
	}
	return &model.LogOutPayload{SessionsEnded: n}, nil
}

func (r *mutationResolver) ChangePassword(ctx context.Context, input model.ChangePasswordInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Accounts.ChangePassword(ctx, input.CurrentPassword, input.NewPassword)
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) RequestPasswordReset(ctx context.Context, input model.RequestPasswordResetInput) (*model.RequestPasswordResetPayload, error) {
	addr, err := r.Accounts.RequestPasswordReset(ctx, input.Email)
	if err != nil {
		return nil, err
	}
	return &model.RequestPasswordResetPayload{Email: addr}, nil
}

func (r *mutationResolver) ResetPassword(ctx context.Context, input model.ResetPasswordInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Accounts.ResetPassword(ctx, input.Token, input.NewPassword)
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) RequestEmailVerification(ctx context.Context) (*model.RequestEmailVerificationPayload, error) {
	addr, err := r.Accounts.RequestEmailVerification(ctx)
	if err != nil {
		return nil, err
	}
	return &model.RequestEmailVerificationPayload{Email: addr}, nil
}

func (r *mutationResolver) VerifyEmail(ctx context.Context, input model.VerifyEmailInput) (*model.VerifyEmailPayload, error) {
	addr, err := r.Accounts.VerifyEmail(ctx, input.Token)
	if err != nil {
		return nil, err
	}
	return &model.VerifyEmailPayload{Email: addr}, nil
}

func (r *mutationResolver) ChangeEmail(ctx context.Context, input model.ChangeEmailInput) (*model.ChangeEmailPayload, error) {
	p, err := r.Accounts.ChangeEmail(ctx, input.Password, input.Email)
	if err != nil {
		return nil, err
	}
	return &model.ChangeEmailPayload{Person: p}, nil
}

func (r *mutationResolver) UpdateProfile(ctx context.Context, input model.UpdateProfileInput) (*model.UpdateProfilePayload, error) {
	p, err := r.Accounts.UpdateProfile(ctx, accounts.ProfileUpdate{
		Handle: input.Handle, DisplayName: input.DisplayName, Bio: input.Bio, Location: input.Location,
		Latitude: input.Latitude, Longitude: input.Longitude,
		ClearCoordinates: input.ClearCoordinates != nil && *input.ClearCoordinates,
		RemoteFriendly:   input.RemoteFriendly, Skills: input.Skills, SkillsSet: input.Skills != nil,
		Visibility: input.Visibility, TimeZone: input.TimeZone, NamedInReports: input.NamedInReports, Locale: input.Locale,
	})
	if err != nil {
		return nil, err
	}
	return &model.UpdateProfilePayload{Person: p}, nil
}

func (r *mutationResolver) SetMyValue(ctx context.Context, input model.SetMyValueInput) (*model.SetMyValuePayload, error) {
	id, err := decodeID("valueId", relay.TypeValue, input.ValueID)
	if err != nil {
		return nil, err
	}
	pv, err := r.Catalog.SetMyValue(ctx, catalog.SetMyValueInput{ValueID: id, Strength: input.Strength, Statement: input.Statement})
	if err != nil {
		return nil, err
	}
	return &model.SetMyValuePayload{PersonValue: pv, Person: domain.ViewerFrom(ctx)}, nil
}

func (r *mutationResolver) RemoveMyValue(ctx context.Context, input model.RemoveMyValueInput) (*model.RemoveMyValuePayload, error) {
	id, err := decodeID("valueId", relay.TypeValue, input.ValueID)
	if err != nil {
		return nil, err
	}
	pv, err := r.Catalog.RemoveMyValue(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.RemoveMyValuePayload{RemovedPersonValueID: relay.ID(relay.TypePersonValue, pv.ID), Person: domain.ViewerFrom(ctx)}, nil
}

func (r *mutationResolver) ProposeValue(ctx context.Context, input model.ProposeValueInput) (*model.ProposeValuePayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	v, err := r.Catalog.ProposeValue(ctx, input.Name, input.Description)
	if err != nil {
		return nil, err
	}
	return &model.ProposeValuePayload{Value: v}, nil
}

func (r *mutationResolver) ReviewValue(ctx context.Context, input model.ReviewValueInput) (*model.ReviewValuePayload, error) {
	id, err := decodeID("valueId", relay.TypeValue, input.ValueID)
	if err != nil {
		return nil, err
	}
	note := ""
	if input.Note != nil {
		note = *input.Note
	}
	v, err := r.Catalog.ReviewValue(ctx, id, input.Decision == model.ReviewDecisionApprove, note)
	if err != nil {
		return nil, err
	}
	return &model.ReviewValuePayload{Value: v}, nil
}

func (r *mutationResolver) CreateCollaboration(ctx context.Context, input model.CreateCollaborationInput) (*model.CollaborationPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	values, err := valueWeights(input.Values)
	if err != nil {
		return nil, err
	}
	commit, err := commitmentInput("commitment", input.Commitment)
	if err != nil {
		return nil, err
	}
	needs := make([]collab.NeedInput, len(input.Needs))
	for i, n := range input.Needs {
		needs[i] = needInput(n)
	}
	vis := domain.VisibilityPublic
	if input.Visibility != nil {
		vis = *input.Visibility
	}
	c, err := r.Collabs.CreateCollaboration(ctx, collab.CollaborationInput{
		Title: input.Title, Goal: input.Goal, Values: values, Visibility: vis, Location: str(input.Location),
		Latitude: input.Latitude, Longitude: input.Longitude, Remote: flag(input.Remote), StartsAt: input.StartsAt, EndsAt: input.EndsAt,
		TimeZone: str(input.TimeZone), Needs: needs, Commitment: commit, CommitmentNeedIndex: input.CommitmentNeedIndex,
	})
	if err != nil {
		return nil, err
	}
	return &model.CollaborationPayload{Collaboration: c}, nil
}

func (r *mutationResolver) UpdateCollaboration(ctx context.Context, input model.UpdateCollaborationInput) (*model.CollaborationPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	values, err := valueWeights(input.Values)
	if err != nil {
		return nil, err
	}
	c, err := r.Collabs.UpdateCollaboration(ctx, id, collab.CollaborationUpdate{
		Title: input.Title, Goal: input.Goal, Location: input.Location, Values: values, Visibility: input.Visibility,
		Latitude: input.Latitude, Longitude: input.Longitude, ClearCoordinates: flag(input.ClearCoordinates),
		Remote: input.Remote, StartsAt: input.StartsAt, EndsAt: input.EndsAt,
		ClearStartsAt: flag(input.ClearStartsAt), ClearEndsAt: flag(input.ClearEndsAt), TimeZone: input.TimeZone,
	})
	if err != nil {
		return nil, err
	}
	return &model.CollaborationPayload{Collaboration: c}, nil
}

func (r *mutationResolver) SetCollaborationStatus(ctx context.Context, input model.SetCollaborationStatusInput) (*model.CollaborationPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	c, err := r.Collabs.SetCollaborationStatus(ctx, id, input.Status)
	if err != nil {
		return nil, err
	}
	return &model.CollaborationPayload{Collaboration: c}, nil
}

func (r *mutationResolver) AddNeed(ctx context.Context, input model.AddNeedInput) (*model.NeedPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	need := needInput(input.Need)
	if need.ServesOutcomeIDs, err = decodeIDs("servesOutcomeIds", relay.TypeOutcome, input.ServesOutcomeIds); err != nil {
		return nil, err
	}
	n, err := r.Collabs.AddNeed(ctx, id, need)
	if err != nil {
		return nil, err
	}
	return &model.NeedPayload{Need: n}, nil
}

func (r *mutationResolver) UpdateNeed(ctx context.Context, input model.UpdateNeedInput) (*model.NeedPayload, error) {
	id, err := decodeID("needId", relay.TypeNeed, input.NeedID)
	if err != nil {
		return nil, err
	}
	n, err := r.Collabs.UpdateNeed(ctx, id, collab.NeedUpdate{Quantity: decimalPtr(input.Quantity), Skill: input.Skill, Description: input.Description, Filled: input.Filled})
	if err != nil {
		return nil, err
	}
	return &model.NeedPayload{Need: n}, nil
}

func (r *mutationResolver) RequestToJoin(ctx context.Context, input model.RequestToJoinInput) (*model.MembershipPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	commits, err := commitmentInputs(input.Commitments)
	if err != nil {
		return nil, err
	}
	return membershipPayload(r.Collabs.RequestToJoin(ctx, id, commits))
}

func (r *mutationResolver) InviteMember(ctx context.Context, input model.InviteMemberInput) (*model.MembershipPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	pid, err := decodeID("personId", relay.TypePerson, input.PersonID)
	if err != nil {
		return nil, err
	}
	return membershipPayload(r.Collabs.InviteMember(ctx, id, pid))
}

func (r *mutationResolver) InviteTeam(ctx context.Context, input model.InviteTeamInput) (*model.InviteTeamPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	pids, err := decodeIDs("personIds", relay.TypePerson, input.PersonIds)
	if err != nil {
		return nil, err
	}
	ms, err := r.Collabs.InviteTeam(ctx, id, pids)
	if err != nil {
		return nil, err
	}
	return &model.InviteTeamPayload{Memberships: ms}, nil
}

func (r *mutationResolver) CreateInvitationLink(ctx context.Context, input model.CreateInvitationLinkInput) (*model.CreateInvitationLinkPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	in := collab.InvitationLinkInput{ExpiresAt: input.ExpiresAt, MaxUses: input.MaxUses}
	if in.NeedID, err = optionalNeedID(input.NeedID); err != nil {
		return nil, err
	}
	l, token, err := r.Collabs.CreateInvitationLink(ctx, id, in)
	if err != nil {
		return nil, err
	}
	return &model.CreateInvitationLinkPayload{InvitationLink: l, Token: token, URL: r.Mail.Link("/invite/" + token)}, nil
}

func (r *mutationResolver) InviteByEmail(ctx context.Context, input model.InviteByEmailInput) (*model.InviteByEmailPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	in := collab.EmailInvitationInput{Emails: input.Emails}
	if input.Message != nil {
		in.Message = *input.Message
	}
	if in.NeedID, err = optionalNeedID(input.NeedID); err != nil {
		return nil, err
	}
	got, err := r.Collabs.InviteByEmail(ctx, id, in)
	if err != nil {
		return nil, err
	}
	return &model.InviteByEmailPayload{Mailed: got.Mailed, Invited: got.InApp}, nil
}

func (r *mutationResolver) RevokeInvitationLink(ctx context.Context, input model.RevokeInvitationLinkInput) (*model.InvitationLinkPayload, error) {
	id, err := decodeID("invitationLinkId", relay.TypeInvitationLink, input.InvitationLinkID)
	if err != nil {
		return nil, err
	}
	l, err := r.Collabs.RevokeInvitationLink(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.InvitationLinkPayload{InvitationLink: l}, nil
}

func (r *mutationResolver) JoinByInvitationLink(ctx context.Context, input model.JoinByInvitationLinkInput) (*model.MembershipPayload, error) {
	commits, err := commitmentInputs(input.Commitments)
	if err != nil {
		return nil, err
	}
	return membershipPayload(r.Collabs.JoinByInvitationLink(ctx, input.Token, commits))
}

func (r *mutationResolver) AcceptInvitation(ctx context.Context, input model.AcceptInvitationInput) (*model.MembershipPayload, error) {
	id, err := decodeID("membershipId", relay.TypeMembership, input.MembershipID)
	if err != nil {
		return nil, err
	}
	commits, err := commitmentInputs(input.Commitments)
	if err != nil {
		return nil, err
	}
	return membershipPayload(r.Collabs.AcceptInvitation(ctx, id, commits))
}

func (r *mutationResolver) DeclineInvitation(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.DeclineInvitation)
}

func (r *mutationResolver) WithdrawInvitation(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.WithdrawInvitation)
}

func (r *mutationResolver) ApproveMember(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.ApproveMember)
}

func (r *mutationResolver) DeclineMember(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.DeclineMember)
}

func (r *mutationResolver) RemoveMember(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.RemoveMember)
}

func (r *mutationResolver) PromoteMember(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.PromoteMember)
}

func (r *mutationResolver) DemoteMember(ctx context.Context, input model.MembershipActionInput) (*model.MembershipPayload, error) {
	return r.membershipAction(ctx, input, r.Collabs.DemoteMember)
}

func (r *mutationResolver) LeaveCollaboration(ctx context.Context, input model.LeaveCollaborationInput) (*model.MembershipPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	return membershipPayload(r.Collabs.LeaveCollaboration(ctx, id))
}

func (r *mutationResolver) MakeCommitment(ctx context.Context, input model.MakeCommitmentInput) (*model.CommitmentPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	in, err := commitmentInput("commitment", input.Commitment)
	if err != nil {
		return nil, err
	}
	if in.ServesOutcomeIDs, err = decodeIDs("servesOutcomeIds", relay.TypeOutcome, input.ServesOutcomeIds); err != nil {
		return nil, err
	}
	return commitmentPayload(r.Collabs.MakeCommitment(ctx, id, in))
}

func (r *mutationResolver) PledgeToProposal(ctx context.Context, input model.PledgeToProposalInput) (*model.CommitmentPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("proposalNeedId", relay.TypeProposalNeed, input.ProposalNeedID)
	if err != nil {
		return nil, err
	}
	return commitmentPayload(r.Pledge(ctx, deciding.PledgeInput{NeedID: id, Quantity: string(input.Quantity),
		Description: str(input.Description), DueAt: input.DueAt}))
}

func (r *mutationResolver) WithdrawCommitment(ctx context.Context, input model.CommitmentActionInput) (*model.CommitmentPayload, error) {
	return r.commitmentAction(ctx, input, r.Collabs.WithdrawCommitment)
}

func (r *mutationResolver) ReviseCommitment(ctx context.Context, input model.ReviseCommitmentInput) (*model.CommitmentPayload, error) {
	id, err := decodeID("commitmentId", relay.TypeCommitment, input.CommitmentID)
	if err != nil {
		return nil, err
	}
	return commitmentPayload(r.Collabs.ReviseCommitment(ctx, id, collab.CommitmentRevision{
		Quantity: decimalPtr(input.Quantity), Description: input.Description, DueAt: input.DueAt}))
}

func (r *mutationResolver) ReleaseCommitment(ctx context.Context, input model.CommitmentActionInput) (*model.CommitmentPayload, error) {
	return r.commitmentAction(ctx, input, r.Collabs.ReleaseCommitment)
}

func (r *mutationResolver) CancelCommitment(ctx context.Context, input model.CommitmentActionInput) (*model.CommitmentPayload, error) {
	return r.commitmentAction(ctx, input, r.Collabs.CancelCommitment)
}

func (r *mutationResolver) LogContribution(ctx context.Context, input model.LogContributionInput) (*model.ContributionPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	serves, err := decodeIDs("servesOutcomeIds", relay.TypeOutcome, input.ServesOutcomeIds)
	if err != nil {
		return nil, err
	}
	in := ledger.ContributionInput{Kind: input.Kind, Quantity: string(input.Quantity), Unit: str(input.Unit), Currency: str(input.Currency),
		Note: str(input.Note), OccurredAt: input.OccurredAt, ServesOutcomeIDs: serves}
	if input.CommitmentID != nil {
		cid, err := decodeID("commitmentId", relay.TypeCommitment, *input.CommitmentID)
		if err != nil {
			return nil, err
		}
		in.CommitmentID = &cid
	}
	return contributionPayload(r.Ledger.LogContribution(ctx, id, in))
}

func (r *mutationResolver) ConfirmContribution(ctx context.Context, input model.ContributionActionInput) (*model.ContributionPayload, error) {
	id, err := decodeID("contributionId", relay.TypeContrib, input.ContributionID)
	if err != nil {
		return nil, err
	}
	return contributionPayload(r.Ledger.ConfirmContribution(ctx, id))
}

func (r *mutationResolver) ReverseContribution(ctx context.Context, input model.ReverseContributionInput) (*model.ContributionPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("contributionId", relay.TypeContrib, input.ContributionID)
	if err != nil {
		return nil, err
	}
	return contributionPayload(r.Ledger.ReverseContribution(ctx, id, input.Note))
}

func (r *mutationResolver) CreateProposal(ctx context.Context, input model.CreateProposalInput) (*model.ProposalPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	in := deciding.ProposalInput{Kind: input.Kind, Title: input.Title, Body: str(input.Body), ProposedGoal: str(input.ProposedGoal),
		ProposedQuorumShare: input.ProposedQuorumShare, Anonymous: input.Anonymous != nil && *input.Anonymous, ClosesAt: input.ClosesAt,
		DotsPerMember: input.DotsPerMember, Options: pollOptions(input.Options)}
	if input.DecisionKind != nil {
		in.DecisionKind = *input.DecisionKind
	}
	for _, n := range input.Needs {
		in.Needs = append(in.Needs, needInput(n))
	}
	if o := input.ProposedOutcome; o != nil {
		in.ProposedOutcome = &impact.OutcomeInput{Name: o.Name, Unit: o.Unit, Baseline: o.Baseline, Target: o.Target, DueAt: o.DueAt}
		for _, gid := range o.ServedByIds {
			switch t, id, ok := relay.Parse(gid); {
			case ok && t == relay.TypeNeed:
				in.OutcomeNeedIDs = append(in.OutcomeNeedIDs, id)
			case ok && t == relay.TypeCommitment:
				in.OutcomeCommitmentIDs = append(in.OutcomeCommitmentIDs, id)
			default:
				return nil, domain.Invalid("proposedOutcome.servedByIds", "%q is not the ID of a need or a commitment.", gid)
			}
		}
	}
	return proposalPayload(r.Deciding.CreateProposal(ctx, id, in))
}

func (r *mutationResolver) CommentOnProposal(ctx context.Context, input model.CommentOnProposalInput) (*model.CommentPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("proposalId", relay.TypeProposal, input.ProposalID)
	if err != nil {
		return nil, err
	}
	c, err := r.Deciding.CommentOnProposal(ctx, id, input.Body)
	if err != nil {
		return nil, err
	}
	return &model.CommentPayload{Comment: c}, nil
}

func (r *mutationResolver) SetPosition(ctx context.Context, input model.SetPositionInput) (*model.PositionPayload, error) {
	id, err := decodeID("proposalId", relay.TypeProposal, input.ProposalID)
	if err != nil {
		return nil, err
	}
	p, err := r.Deciding.SetPosition(ctx, id, deciding.PositionInput{Stance: input.Stance, Reason: str(input.Reason)})
	if err != nil {
		return nil, err
	}
	return &model.PositionPayload{Position: p}, nil
}

func (r *mutationResolver) StartThread(ctx context.Context, input model.StartThreadInput) (*model.ThreadPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	th, err := r.Talk.StartThread(withIdempotencyKey(ctx, input.IdempotencyKey), id, talk.ThreadInput{Title: input.Title, Body: input.Body})
	if err != nil {
		return nil, err
	}
	return &model.ThreadPayload{Thread: th}, nil
}

func (r *mutationResolver) ReplyToThread(ctx context.Context, input model.ReplyToThreadInput) (*model.PostPayload, error) {
	id, err := decodeID("threadId", relay.TypeThread, input.ThreadID)
	if err != nil {
		return nil, err
	}
	p, err := r.Talk.ReplyToThread(withIdempotencyKey(ctx, input.IdempotencyKey), id, input.Body)
	if err != nil {
		return nil, err
	}
	return &model.PostPayload{Post: p}, nil
}

func (r *mutationResolver) EditPost(ctx context.Context, input model.EditPostInput) (*model.PostPayload, error) {
	id, err := decodeID("postId", relay.TypePost, input.PostID)
	if err != nil {
		return nil, err
	}
	p, err := r.Talk.EditPost(ctx, id, input.Body)
	if err != nil {
		return nil, err
	}
	return &model.PostPayload{Post: p}, nil
}

func (r *mutationResolver) PlanGathering(ctx context.Context, input model.PlanGatheringInput) (*model.GatheringPayload, error) {
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	in, err := gatheringInput(input.Title, input.Description, input.LocalStart, input.LocalEnd, input.TimeZone, input.Place, input.OnlineURL, input.Capacity, input.NeedID)
	if err != nil {
		return nil, err
	}
	return gatheringPayload(r.Gather.PlanGathering(withIdempotencyKey(ctx, input.IdempotencyKey), id, in))
}

func (r *mutationResolver) UpdateGathering(ctx context.Context, input model.UpdateGatheringInput) (*model.GatheringPayload, error) {
	id, err := decodeID("gatheringId", relay.TypeGathering, input.GatheringID)
	if err != nil {
		return nil, err
	}
	in, err := gatheringInput(input.Title, input.Description, input.LocalStart, input.LocalEnd, input.TimeZone, input.Place, input.OnlineURL, input.Capacity, input.NeedID)
	if err != nil {
		return nil, err
	}
	return gatheringPayload(r.Gather.UpdateGathering(ctx, id, in))
}

func (r *mutationResolver) CancelGathering(ctx context.Context, input model.CancelGatheringInput) (*model.GatheringPayload, error) {
	id, err := decodeID("gatheringId", relay.TypeGathering, input.GatheringID)
	if err != nil {
		return nil, err
	}
	return gatheringPayload(r.Gather.CancelGathering(ctx, id))
}

func (r *mutationResolver) RsvpGathering(ctx context.Context, input model.RsvpGatheringInput) (*model.GatheringPayload, error) {
	id, err := decodeID("gatheringId", relay.TypeGathering, input.GatheringID)
	if err != nil {
		return nil, err
	}
	if _, err := r.RSVP(ctx, id, input.Status); err != nil {
		return nil, err
	}
	return gatheringPayload(r.FindGatheringForViewer(ctx, id))
}

func (r *mutationResolver) RecordAttendance(ctx context.Context, input model.RecordAttendanceInput) (*model.GatheringPayload, error) {
	id, err := decodeID("gatheringId", relay.TypeGathering, input.GatheringID)
	if err != nil {
		return nil, err
	}
	attendees, err := attendeesInput(input.Attendees)
	if err != nil {
		return nil, err
	}
	return gatheringPayload(r.Gather.RecordAttendance(ctx, id, attendees))
}

func (r *mutationResolver) RegenerateCalendarFeed(ctx context.Context, input model.CalendarFeedInput) (*model.RegenerateCalendarFeedPayload, error) {
	f, url, err := r.Gather.RegenerateCalendarFeed(ctx)
	if err != nil {
		return nil, err
	}
	return &model.RegenerateCalendarFeedPayload{Feed: f, URL: url}, nil
}

func (r *mutationResolver) RevokeCalendarFeed(ctx context.Context, input model.CalendarFeedInput) (*model.RevokeCalendarFeedPayload, error) {
	revoked, err := r.Gather.RevokeCalendarFeed(ctx)
	if err != nil {
		return nil, err
	}
	return &model.RevokeCalendarFeedPayload{Revoked: revoked}, nil
}

func (r *mutationResolver) WithdrawProposal(ctx context.Context, input model.WithdrawProposalInput) (*model.ProposalPayload, error) {
	id, err := decodeID("proposalId", relay.TypeProposal, input.ProposalID)
	if err != nil {
		return nil, err
	}
	return proposalPayload(r.Deciding.WithdrawProposal(ctx, id))
}

func (r *mutationResolver) StateDecision(ctx context.Context, input model.StateDecisionInput) (*model.ProposalPayload, error) {
	id, err := decodeID("proposalId", relay.TypeProposal, input.ProposalID)
	if err != nil {
		return nil, err
	}
	return proposalPayload(r.Deciding.StateDecision(ctx, id, deciding.DecisionInput{Statement: input.Statement, ReviewAt: input.ReviewAt}))
}

func (r *mutationResolver) CastBallot(ctx context.Context, input model.CastBallotInput) (*model.BallotPayload, error) {
	id, err := decodeID("proposalId", relay.TypeProposal, input.ProposalID)
	if err != nil {
		return nil, err
	}
	b, p, err := r.CastMarks(ctx, id, input.Marks)
	if err != nil {
		return nil, err
	}
	return &model.BallotPayload{Ballot: deciding.ViewOf(p, b), Proposal: p}, nil
}

func (r *mutationResolver) LinkOutcomes(ctx context.Context, input model.LinkOutcomesInput) (*model.LinkOutcomesPayload, error) {
	t, id, ok := relay.Parse(input.SubjectID)
	kinds := map[string]domain.LinkOwner{relay.TypeNeed: domain.LinkNeed, relay.TypeCommitment: domain.LinkCommitment, relay.TypeContrib: domain.LinkContribution}
	kind, known := kinds[t]
	if !ok || !known {
		return nil, domain.Invalid("subjectId", "%q is not the ID of a need, commitment or contribution.", input.SubjectID)
	}
	outcomes, err := decodeIDs("outcomeIds", relay.TypeOutcome, input.OutcomeIds)
	if err != nil {
		return nil, err
	}
	if err := r.Impact.LinkOutcomes(ctx, kind, id, outcomes); err != nil {
		return nil, err
	}
	nodes, err := r.loadNodes(ctx, []string{input.SubjectID})
	if err != nil {
		return nil, err
	}
	served, err := r.FindOutcomesByIDs(ctx, outcomes)
	if err != nil {
		return nil, err
	}
	return &model.LinkOutcomesPayload{Subject: nodes[0], Serves: served}, nil
}

func (r *mutationResolver) DefineOutcome(ctx context.Context, input model.DefineOutcomeInput) (*model.OutcomePayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("collaborationId", relay.TypeCollab, input.CollaborationID)
	if err != nil {
		return nil, err
	}
	values, err := decodeIDs("valueIds", relay.TypeValue, input.ValueIds)
	if err != nil {
		return nil, err
	}
	in := impact.OutcomeInput{Name: input.Name, Unit: input.Unit, Baseline: input.Baseline, Target: input.Target, DueAt: input.DueAt, ValueIDs: values,
		MetricCode: str(input.MetricCode)}
	if input.Direction != nil {
		in.Direction = *input.Direction
	}
	return outcomePayload(r.Impact.DefineOutcome(ctx, id, in))
}

func (r *mutationResolver) ReviseOutcome(ctx context.Context, input model.ReviseOutcomeInput) (*model.OutcomePayload, error) {
	id, err := decodeID("outcomeId", relay.TypeOutcome, input.OutcomeID)
	if err != nil {
		return nil, err
	}
	values, err := decodeIDs("valueIds", relay.TypeValue, input.ValueIds)
	if err != nil {
		return nil, err
	}
	return outcomePayload(r.Impact.ReviseOutcome(ctx, id, impact.OutcomeRevisionInput{Name: input.Name, Unit: input.Unit,
		Baseline: input.Baseline, Target: input.Target, Direction: input.Direction, DueAt: input.DueAt,
		ClearDueAt: flag(input.ClearDueAt), ValueIDs: values, MetricCode: input.MetricCode, Reason: str(input.Reason)}))
}

func (r *mutationResolver) RecordMeasurement(ctx context.Context, input model.RecordMeasurementInput) (*model.MeasurementPayload, error) {
	ctx = withIdempotencyKey(ctx, input.IdempotencyKey)
	id, err := decodeID("outcomeId", relay.TypeOutcome, input.OutcomeID)
	if err != nil {
		return nil, err
	}
	in, err := measurementInput(input)
	if err != nil {
		return nil, err
	}
	return measurementPayload(r.Impact.RecordMeasurement(ctx, id, in))
}

func (r *mutationResolver) AttestMeasurement(ctx context.Context, input model.AttestMeasurementInput) (*model.MeasurementPayload, error) {
	id, err := decodeID("measurementId", relay.TypeMeasurement, input.MeasurementID)
	if err != nil {
		return nil, err
	}
	return measurementPayload(r.Impact.AttestMeasurement(ctx, id))
}

func (r *mutationResolver) CreateAccessToken(ctx context.Context, input model.CreateAccessTokenInput) (*model.CreateAccessTokenPayload, error) {
	t, plain, err := r.Accounts.CreateAccessToken(ctx, input.Name, input.Scope == model.TokenScopeWrite)
	if err != nil {
		return nil, err
	}
	return &model.CreateAccessTokenPayload{AccessToken: t, Token: plain}, nil
}

func (r *mutationResolver) RevokeAccessToken(ctx context.Context, input model.RevokeAccessTokenInput) (*model.RevokeAccessTokenPayload, error) {
	id, err := decodeID("accessTokenId", relay.TypeAccessToken, input.AccessTokenID)
	if err != nil {
		return nil, err
	}
	t, err := r.Accounts.RevokeAccessToken(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.RevokeAccessTokenPayload{AccessToken: t}, nil
}

func (r *mutationResolver) DeleteAccount(ctx context.Context, input model.DeleteAccountInput) (*model.DeleteAccountPayload, error) {
	if err := r.Privacy.DeleteAccount(ctx, input.Password); err != nil {
		return nil, err
	}
	if cs := cookieSession(ctx); cs != nil && cs.SameOrigin() {
		cs.Clear()
	}
	return &model.DeleteAccountPayload{Deleted: true}, nil
}

func (r *mutationResolver) MarkNotificationsRead(ctx context.Context, input model.MarkNotificationsReadInput) (*model.MarkNotificationsReadPayload, error) {
	ids, err := decodeIDs("ids", relay.TypeNotification, input.Ids)
	if err != nil {
		return nil, err
	}
	ns, err := r.Notify.MarkNotificationsRead(ctx, ids, input.All != nil && *input.All)
	if err != nil {
		return nil, err
	}
	unread, err := r.UnreadNotifications(ctx)
	if err != nil {
		return nil, err
	}
	return &model.MarkNotificationsReadPayload{Notifications: ns, UnreadCount: unread}, nil
}

func (r *mutationResolver) SetMailPreference(ctx context.Context, input model.SetMailPreferenceInput) (*model.SetMailPreferencePayload, error) {
	prefs, err := r.Notify.SetMailPreference(ctx, input.Kind, input.Cadence)
	if err != nil {
		return nil, err
	}
	return &model.SetMailPreferencePayload{MailPreferences: prefs}, nil
}

func (r *mutationResolver) ReportContent(ctx context.Context, input model.ReportContentInput) (*model.ReportPayload, error) {
	typ, id, err := reportTarget(input.TargetID)
	if err != nil {
		return nil, err
	}
	rp, err := r.Moderation.ReportContent(ctx, moderation.ReportInput{TargetType: typ, TargetID: id, Reason: input.Reason, Text: str(input.Text)})
	if err != nil {
		return nil, err
	}
	return &model.ReportPayload{Report: rp}, nil
}

func (r *mutationResolver) HidePost(ctx context.Context, input model.HidePostInput) (*model.PostPayload, error) {
	id, err := decodeID("postId", relay.TypePost, input.PostID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.HidePost(ctx, id, input.Reason)
	if err != nil {
		return nil, err
	}
	return &model.PostPayload{Post: p}, nil
}

func (r *mutationResolver) UnhidePost(ctx context.Context, input model.UnhidePostInput) (*model.PostPayload, error) {
	id, err := decodeID("postId", relay.TypePost, input.PostID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.UnhidePost(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.PostPayload{Post: p}, nil
}

func (r *mutationResolver) HideComment(ctx context.Context, input model.HideCommentInput) (*model.CommentPayload, error) {
	id, err := decodeID("commentId", relay.TypeComment, input.CommentID)
	if err != nil {
		return nil, err
	}
	c, err := r.Moderation.HideComment(ctx, id, input.Reason)
	if err != nil {
		return nil, err
	}
	return &model.CommentPayload{Comment: c}, nil
}

func (r *mutationResolver) UnhideComment(ctx context.Context, input model.UnhideCommentInput) (*model.CommentPayload, error) {
	id, err := decodeID("commentId", relay.TypeComment, input.CommentID)
	if err != nil {
		return nil, err
	}
	c, err := r.Moderation.UnhideComment(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.CommentPayload{Comment: c}, nil
}

func (r *mutationResolver) ResolveReport(ctx context.Context, input model.ResolveReportInput) (*model.ReportPayload, error) {
	id, err := decodeID("reportId", relay.TypeReport, input.ReportID)
	if err != nil {
		return nil, err
	}
	rp, err := r.Moderation.ResolveReport(ctx, id, input.Status, str(input.Note))
	if err != nil {
		return nil, err
	}
	return &model.ReportPayload{Report: rp}, nil
}

func (r *mutationResolver) SuspendAccount(ctx context.Context, input model.SuspendAccountInput) (*model.AccountPayload, error) {
	id, err := decodeID("personId", relay.TypePerson, input.PersonID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.SuspendAccount(ctx, id, input.Reason)
	return r.accountPayload(ctx, p, err)
}

func (r *mutationResolver) RestoreAccount(ctx context.Context, input model.RestoreAccountInput) (*model.AccountPayload, error) {
	id, err := decodeID("personId", relay.TypePerson, input.PersonID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.RestoreAccount(ctx, id)
	return r.accountPayload(ctx, p, err)
}

func (r *mutationResolver) BlockPerson(ctx context.Context, input model.BlockPersonInput) (*model.AccountPayload, error) {
	id, err := decodeID("personId", relay.TypePerson, input.PersonID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.BlockPerson(ctx, id)
	return r.accountPayload(ctx, p, err)
}

func (r *mutationResolver) UnblockPerson(ctx context.Context, input model.BlockPersonInput) (*model.AccountPayload, error) {
	id, err := decodeID("personId", relay.TypePerson, input.PersonID)
	if err != nil {
		return nil, err
	}
	p, err := r.Moderation.UnblockPerson(ctx, id)
	return r.accountPayload(ctx, p, err)
}

func (r *needResolver) ID(ctx context.Context, obj *domain.Need) (string, error) {
	return relay.ID(relay.TypeNeed, obj.ID), nil
}

func (r *needResolver) Collaboration(ctx context.Context, obj *domain.Need) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Need) int64 { return obj.CollaborationID })
}

func (r *needResolver) Quantity(ctx context.Context, obj *domain.Need) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Quantity), nil
}

func (r *needResolver) Pledged(ctx context.Context, obj *domain.Need) (*model.Quantity, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Pledge, obj, func(obj *domain.Need) int64 { return obj.ID })
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, p.All()), err
}

func (r *needResolver) Bound(ctx context.Context, obj *domain.Need) (*model.Quantity, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Pledge, obj, func(obj *domain.Need) int64 { return obj.ID })
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, p.Bound()), err
}

func (r *needResolver) PledgedShare(ctx context.Context, obj *domain.Need) (float64, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Pledge, obj, func(obj *domain.Need) int64 { return obj.ID })
	return p.All().Float64() / float64(obj.Quantity), err
}

func (r *needResolver) Covered(ctx context.Context, obj *domain.Need) (bool, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Pledge, obj, func(obj *domain.Need) int64 { return obj.ID })
	return p.Covers(obj), err
}

func (r *needResolver) Commitments(ctx context.Context, obj *domain.Need) ([]*domain.Commitment, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).NeedCommitments, obj, func(obj *domain.Need) int64 { return obj.ID }))
}

func (r *needResolver) Serves(ctx context.Context, obj *domain.Need) ([]*domain.Outcome, error) {
	return servedOutcomes(ctx, r.loaders(ctx), r.loaders(ctx).NeedServes, obj, func(o *domain.Need) int64 { return o.ID })
}

func (r *needResolver) Candidates(ctx context.Context, obj *domain.Need, first *int, after *string) (*model.PersonMatchConnection, error) {
	p, err := r.NeedCandidates(ctx, obj.CollaborationID, &obj.ID, discovery.PeopleFilter{First: first, After: str(after)})
	return r.personMatches(ctx, p, err)
}

func (r *notificationResolver) ID(ctx context.Context, obj *domain.Notification) (string, error) {
	return relay.ID(relay.TypeNotification, obj.ID), nil
}

func (r *notificationResolver) Collaboration(ctx context.Context, obj *domain.Notification) (*domain.Collaboration, error) {
	if obj.CollaborationID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Notification) *int64 { return obj.CollaborationID })
}

func (r *notificationResolver) Actor(ctx context.Context, obj *domain.Notification) (*domain.Person, error) {
	if obj.ActorID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Notification) *int64 { return obj.ActorID })
}

func (r *notificationResolver) Subject(ctx context.Context, obj *domain.Notification) (relay.Node, error) {
	return subjectOf(ctx, r.Resolver, obj, func(a *domain.Notification) string { return relay.ID(a.SubjectType, a.SubjectID) })
}

func (r *outcomeResolver) ID(ctx context.Context, obj *domain.Outcome) (string, error) {
	return relay.ID(relay.TypeOutcome, obj.ID), nil
}

func (r *outcomeResolver) Collaboration(ctx context.Context, obj *domain.Outcome) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Outcome) int64 { return obj.CollaborationID })
}

func (r *outcomeResolver) CreatedBy(ctx context.Context, obj *domain.Outcome) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Outcome) int64 { return obj.CreatedByID })
}

func (r *outcomeResolver) Values(ctx context.Context, obj *domain.Outcome) ([]*domain.Value, error) {
	ids, err := loadFor(ctx, r.loaders(ctx).OutcomeValueIDs, obj, func(obj *domain.Outcome) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return r.valuesByID(ctx, ids)
}

func (r *outcomeResolver) Latest(ctx context.Context, obj *domain.Outcome) (*domain.Measurement, error) {
	return loadFor(ctx, r.loaders(ctx).Latest, obj, func(obj *domain.Outcome) int64 { return obj.ID })
}

func (r *outcomeResolver) Progress(ctx context.Context, obj *domain.Outcome) (*impact.Progress, error) {
	st, err := r.status(ctx, obj)
	return st.Progress, err
}

func (r *outcomeResolver) OnTrack(ctx context.Context, obj *domain.Outcome) (*bool, error) {
	st, err := r.status(ctx, obj)
	return st.OnTrack, err
}

func (r *outcomeResolver) ElapsedShare(ctx context.Context, obj *domain.Outcome) (*float64, error) {
	if share, ok := impact.ElapsedShare(obj, r.Clock().Now()); ok {
		return &share, nil
	}
	return nil, nil
}

func (r *outcomeResolver) Measurements(ctx context.Context, obj *domain.Outcome, current *bool, first *int, after *string) (*model.MeasurementConnection, error) {
	ms, err := loadFor(ctx, r.loaders(ctx).Measurements, obj, func(obj *domain.Outcome) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	p, err := impact.PageMeasurements(ms, flag(current), first, str(after))
	if err != nil {
		return nil, err
	}
	return measurementPage(p), nil
}

func (r *outcomeResolver) History(ctx context.Context, obj *domain.Outcome) ([]*domain.OutcomeRevision, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).OutcomeHistory, obj, func(obj *domain.Outcome) int64 { return obj.ID }))
}

func (r *outcomeResolver) Metric(ctx context.Context, obj *domain.Outcome) (*domain.Metric, error) {
	return loadForOpt(ctx, r.loaders(ctx).Metric, obj, func(o *domain.Outcome) *int64 { return o.MetricID })
}

func (r *outcomeResolver) Costs(ctx context.Context, obj *domain.Outcome) (*impact.OutcomeCosts, error) {
	c, err := loadFor(ctx, r.loaders(ctx).Costs, obj, func(o *domain.Outcome) int64 { return o.CollaborationID })
	if err != nil {
		return nil, err
	}
	if c == nil {
		return &impact.OutcomeCosts{Reason: impact.NoMeasurement, Resources: []impact.ResourceCost{}}, nil
	}
	oc := c.ByOutcome[obj.ID]
	return &oc, nil
}

func (r *outcomeCostsResolver) NoFigure(ctx context.Context, obj *impact.OutcomeCosts) (*impact.NoFigure, error) {
	return optional(obj.Reason), nil
}

func (r *outcomeRevisionResolver) Values(ctx context.Context, obj *domain.OutcomeRevision) ([]*domain.Value, error) {
	return r.valuesByID(ctx, obj.ValueIDs)
}

func (r *outcomeRevisionResolver) RevisedBy(ctx context.Context, obj *domain.OutcomeRevision) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.OutcomeRevision) int64 { return obj.RevisedByID })
}

func (r *participationResolver) Members(ctx context.Context, obj *deciding.Participation) ([]*domain.Person, error) {
	if obj.Members == nil {
		return nil, nil // anonymous: nobody is named
	}
	people, err := loadManyFor(ctx, r.loaders(ctx).Person, obj, func(obj *deciding.Participation) []int64 { return obj.Members })
	return visiblePeople(people), err
}

func (r *personResolver) ID(ctx context.Context, obj *domain.Person) (string, error) {
	return relay.ID(relay.TypePerson, obj.ID), nil
}

func (r *personResolver) ViewerHasBlocked(ctx context.Context, obj *domain.Person) (bool, error) {
	return loadFor(ctx, r.loaders(ctx).BlockedByViewer, obj, func(obj *domain.Person) int64 { return obj.ID })
}

func (r *personResolver) BlockedPeople(ctx context.Context, obj *domain.Person, first *int, after *string) (*model.BlockedPersonConnection, error) {
	if domain.ViewerID(ctx) != obj.ID {
		return nil, nil
	}
	p, err := r.Moderation.BlockedPeople(ctx, domain.PageArgs{First: first, After: str(after)})
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, b *domain.Block) *model.BlockedPersonEdge {
		return &model.BlockedPersonEdge{Cursor: c, Node: b}
	})
	return &model.BlockedPersonConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func (r *personResolver) Suspension(ctx context.Context, obj *domain.Person) (*domain.Suspension, error) {
	return loadFor(ctx, r.loaders(ctx).Suspension, obj, func(obj *domain.Person) int64 { return obj.ID })
}

func (r *personResolver) Email(ctx context.Context, obj *domain.Person) (*string, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		return &obj.Email, nil
	}
	return nil, nil
}

func (r *personResolver) TimeZone(ctx context.Context, obj *domain.Person) (*string, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		return &obj.TimeZone, nil
	}
	return nil, nil
}

func (r *personResolver) Locale(ctx context.Context, obj *domain.Person) (*string, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		return obj.Locale, nil
	}
	return nil, nil
}

func (r *personResolver) MailPreferences(ctx context.Context, obj *domain.Person) ([]*notify.MailPreference, error) {
	if v := domain.ViewerFrom(ctx); v == nil || v.ID != obj.ID {
		return nil, nil
	}
	return r.Notify.MailPreferences(ctx)
}

func (r *personResolver) EmailVerified(ctx context.Context, obj *domain.Person) (*bool, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		verified := obj.EmailVerified()
		return &verified, nil
	}
	return nil, nil
}

func (r *personResolver) PendingEmail(ctx context.Context, obj *domain.Person) (*string, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		return obj.PendingEmail, nil
	}
	return nil, nil
}

func (r *personResolver) Role(ctx context.Context, obj *domain.Person) (domain.SiteRole, error) {
	if v := domain.ViewerFrom(ctx); v != nil && (v.ID == obj.ID || v.Role == domain.RoleAdmin) {
		return obj.Role, nil
	}
	return domain.RoleMember, nil
}

func (r *personResolver) Values(ctx context.Context, obj *domain.Person) ([]*domain.PersonValue, error) {
	pvs, err := loadFor(ctx, r.loaders(ctx).PersonValues, obj, func(obj *domain.Person) int64 { return obj.ID })
	if pvs == nil {
		pvs = []*domain.PersonValue{}
	}
	return pvs, err
}

func (r *personResolver) Memberships(ctx context.Context, obj *domain.Person) ([]*domain.Membership, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).PersonMemberships, obj, func(obj *domain.Person) int64 { return obj.ID }))
}

func (r *personResolver) GiverRecord(ctx context.Context, obj *domain.Person) (*model.GiverRecord, error) {
	rec, err := loadFor(ctx, r.loaders(ctx).GiverRecord, obj, func(obj *domain.Person) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return &model.GiverRecord{GiverRecord: rec}, nil
}

func (r *personResolver) AccessTokens(ctx context.Context, obj *domain.Person) ([]*domain.AccessToken, error) {
	return r.AccessTokensOf(ctx, obj.ID)
}

func (r *personResolver) CalendarFeed(ctx context.Context, obj *domain.Person) (*domain.CalendarFeed, error) {
	if v := domain.ViewerFrom(ctx); v == nil || v.ID != obj.ID {
		return nil, nil
	}
	return r.Gather.CalendarFeed(ctx)
}

func (r *personResolver) Impact(ctx context.Context, obj *domain.Person) (*model.PersonImpact, error) {
	pi, err := loadFor(ctx, r.loaders(ctx).PersonImpact, obj, func(obj *domain.Person) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return &model.PersonImpact{PersonImpact: pi}, nil
}

func (r *personResolver) StatedVsLived(ctx context.Context, obj *domain.Person) (*model.StatedVsLived, error) {
	svl, err := r.loaders(ctx).StatedLivedOf.Load(ctx, obj.ID)
	return r.statedVsLived(ctx, svl, err)
}

func (r *personResolver) NeedsForYou(ctx context.Context, obj *domain.Person, first *int, after *string) (*model.NeedMatchConnection, error) {
	if domain.ViewerID(ctx) != obj.ID {
		return nil, nil
	}
	p, err := r.Discovery.NeedsForYou(ctx, first, str(after))
	return r.needMatches(ctx, p, err)
}

func (r *personCollaborationImpactResolver) Collaboration(ctx context.Context, obj *impact.PersonCollabImpact) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *impact.PersonCollabImpact) int64 { return obj.CollaborationID })
}

func (r *personCollaborationImpactResolver) Given(ctx context.Context, obj *impact.PersonCollabImpact) ([]*model.Total, error) {
	return totals(obj.Given), nil
}

func (r *personCollaborationImpactResolver) Outcomes(ctx context.Context, obj *impact.PersonCollabImpact) ([]*domain.Outcome, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Outcomes, obj, func(obj *impact.PersonCollabImpact) int64 { return obj.CollaborationID }))
}

func (r *personImpactResolver) Collaborations(ctx context.Context, obj *model.PersonImpact) ([]*impact.PersonCollabImpact, error) {
	return pointers(obj.Collaborations), nil
}

func (r *personImpactResolver) Given(ctx context.Context, obj *model.PersonImpact) ([]*model.Total, error) {
	return totals(obj.Given), nil
}

func (r *personImpactResolver) Monthly(ctx context.Context, obj *model.PersonImpact) ([]*impact.Point, error) {
	return pointers(obj.Monthly), nil
}

func (r *personValueResolver) ID(ctx context.Context, obj *domain.PersonValue) (string, error) {
	return relay.ID(relay.TypePersonValue, obj.ID), nil
}

func (r *personValueResolver) Person(ctx context.Context, obj *domain.PersonValue) (*domain.Person, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.PersonValue) int64 { return obj.PersonID })
	if err == nil && p == nil {
		err = domain.Errorf(domain.CodeNotFound, "The holder of this value is not visible to you.")
	}
	return p, err
}

func (r *personValueResolver) Value(ctx context.Context, obj *domain.PersonValue) (*domain.Value, error) {
	v, err := loadFor(ctx, r.loaders(ctx).Value, obj, func(obj *domain.PersonValue) int64 { return obj.ValueID })
	if err == nil && v == nil {
		err = domain.Errorf(domain.CodeNotFound, "This value is no longer in the catalog.")
	}
	return v, err
}

func (r *positionResolver) ID(ctx context.Context, obj *domain.Position) (string, error) {
	return relay.ID(relay.TypePosition, obj.ID), nil
}

func (r *positionResolver) Proposal(ctx context.Context, obj *domain.Position) (*domain.Proposal, error) {
	return loadFor(ctx, r.loaders(ctx).Proposal, obj, func(obj *domain.Position) int64 { return obj.ProposalID })
}

func (r *positionResolver) Person(ctx context.Context, obj *domain.Position) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Position) int64 { return obj.PersonID })
}

func (r *postResolver) ID(ctx context.Context, obj *domain.Post) (string, error) {
	return relay.ID(relay.TypePost, obj.ID), nil
}

func (r *postResolver) Thread(ctx context.Context, obj *domain.Post) (*domain.Thread, error) {
	return loadFor(ctx, r.loaders(ctx).Thread, obj, func(obj *domain.Post) int64 { return obj.ThreadID })
}

func (r *postResolver) Author(ctx context.Context, obj *domain.Post) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Post) int64 { return obj.AuthorID })
}

func (r *postResolver) Body(ctx context.Context, obj *domain.Post) (string, error) {
	return r.shownBody(ctx, obj.CollaborationID, obj.AuthorID, obj.Hiding, obj.Body)
}

func (r *postResolver) BodyHTML(ctx context.Context, obj *domain.Post) (string, error) {
	body, err := r.shownBody(ctx, obj.CollaborationID, obj.AuthorID, obj.Hiding, obj.Body)
	if body == "" {
		return "", err
	}
	return talk.RenderMarkdown(body), err
}

func (r *postResolver) ViewerCanEdit(ctx context.Context, obj *domain.Post) (bool, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Post) int64 { return obj.CollaborationID })
	return talk.CanEditPost(domain.ViewerFrom(ctx), m, obj), err
}

func (r *postResolver) Hidden(ctx context.Context, obj *domain.Post) (*domain.Hiding, error) {
	return hiding(obj.Hiding), nil
}

func (r *postResolver) ViewerCanHide(ctx context.Context, obj *domain.Post) (bool, error) {
	return r.viewerCanHide(ctx, obj.CollaborationID)
}

func (r *postResolver) AuthorBlockedByViewer(ctx context.Context, obj *domain.Post) (bool, error) {
	return loadFor(ctx, r.loaders(ctx).BlockedByViewer, obj, func(obj *domain.Post) int64 { return obj.AuthorID })
}

func (r *postResolver) Revisions(ctx context.Context, obj *domain.Post) ([]*domain.PostRevision, error) {
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Post) int64 { return obj.CollaborationID })
	if err != nil || !talk.MayReadRevisions(domain.ViewerFrom(ctx), m, obj) {
		return nil, err
	}
	return orEmpty(loadFor(ctx, r.loaders(ctx).PostRevisions, obj, func(obj *domain.Post) int64 { return obj.ID }))
}

func (r *proposalResolver) ID(ctx context.Context, obj *domain.Proposal) (string, error) {
	return relay.ID(relay.TypeProposal, obj.ID), nil
}

func (r *proposalResolver) Collaboration(ctx context.Context, obj *domain.Proposal) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Proposal) int64 { return obj.CollaborationID })
}

func (r *proposalResolver) Author(ctx context.Context, obj *domain.Proposal) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Proposal) int64 { return obj.AuthorID })
}

func (r *proposalResolver) ProposedGoal(ctx context.Context, obj *domain.Proposal) (*string, error) {
	if obj.Kind != domain.ProposalGoal {
		return nil, nil
	}
	return &obj.ProposedGoal, nil
}

func (r *proposalResolver) ProposedOutcome(ctx context.Context, obj *domain.Proposal) (*model.ProposedOutcome, error) {
	if obj.OutcomeName == "" || obj.OutcomeBaseline == nil || obj.OutcomeTarget == nil {
		return nil, nil
	}
	return &model.ProposedOutcome{Name: obj.OutcomeName, Unit: obj.OutcomeUnit, Baseline: *obj.OutcomeBaseline, Target: *obj.OutcomeTarget, DueAt: obj.OutcomeDueAt}, nil
}

func (r *proposalResolver) Outcome(ctx context.Context, obj *domain.Proposal) (*domain.Outcome, error) {
	if obj.OutcomeID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Outcome, obj, func(obj *domain.Proposal) *int64 { return obj.OutcomeID })
}

func (r *proposalResolver) Options(ctx context.Context, obj *domain.Proposal) ([]*deciding.OptionView, error) {
	return deciding.OptionViews(obj), nil
}

func (r *proposalResolver) ViewerBallot(ctx context.Context, obj *domain.Proposal) (*deciding.BallotView, error) {
	if !obj.DecisionKind.Poll() {
		return nil, nil
	}
	b, err := loadFor(ctx, r.loaders(ctx).ViewerBallot, obj, func(obj *domain.Proposal) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return deciding.ViewOf(obj, b), nil
}

func (r *proposalResolver) Participation(ctx context.Context, obj *domain.Proposal) (*deciding.Participation, error) {
	st, err := loadFor(ctx, r.loaders(ctx).Standings, obj, func(obj *domain.Proposal) int64 { return obj.ID })
	if err != nil || st == nil {
		return nil, err
	}
	return st.Participation, nil
}

func (r *proposalResolver) ClosingReason(ctx context.Context, obj *domain.Proposal) (*string, error) {
	return optString(obj.ClosingReason), nil
}

func (r *proposalResolver) DecisionStatement(ctx context.Context, obj *domain.Proposal) (*string, error) {
	return optString(obj.DecisionStatement), nil
}

func (r *proposalResolver) DecisionStatedBy(ctx context.Context, obj *domain.Proposal) (*domain.Person, error) {
	if obj.DecisionStatedByID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Proposal) *int64 { return obj.DecisionStatedByID })
}

func (r *proposalResolver) Positions(ctx context.Context, obj *domain.Proposal) ([]*domain.Position, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Positions, obj, func(obj *domain.Proposal) int64 { return obj.ID }))
}

func (r *proposalResolver) Tally(ctx context.Context, obj *domain.Proposal) (*deciding.Tally, error) {
	st, err := loadFor(ctx, r.loaders(ctx).Standings, obj, func(obj *domain.Proposal) int64 { return obj.ID })
	if err != nil || st == nil {
		return &deciding.Tally{}, err
	}
	return &st.Tally, nil
}

func (r *proposalResolver) ViewerPosition(ctx context.Context, obj *domain.Proposal) (*domain.Position, error) {
	ps, err := loadFor(ctx, r.loaders(ctx).Positions, obj, func(obj *domain.Proposal) int64 { return obj.ID })
	return viewerPosition(ctx, ps, err)
}

func (r *proposalResolver) Needs(ctx context.Context, obj *domain.Proposal) ([]*domain.ProposalNeed, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).ProposalNeeds, obj, func(obj *domain.Proposal) int64 { return obj.ID }))
}

func (r *proposalResolver) Comments(ctx context.Context, obj *domain.Proposal, first *int, after *string) (*model.CommentConnection, error) {
	return commentConnection(loadFor(ctx, r.loaders(ctx).Comments, obj, func(obj *domain.Proposal) pageKey { return newPageKey[string](obj.ID, nil, first, after) }))
}

func (r *proposalNeedResolver) ID(ctx context.Context, obj *domain.ProposalNeed) (string, error) {
	return relay.ID(relay.TypeProposalNeed, obj.ID), nil
}

func (r *proposalNeedResolver) Proposal(ctx context.Context, obj *domain.ProposalNeed) (*domain.Proposal, error) {
	return loadFor(ctx, r.loaders(ctx).Proposal, obj, func(obj *domain.ProposalNeed) int64 { return obj.ProposalID })
}

func (r *proposalNeedResolver) Quantity(ctx context.Context, obj *domain.ProposalNeed) (*model.Quantity, error) {
	return quantity(obj.Kind, obj.Unit, obj.Currency, obj.Quantity), nil
}

func (r *proposalNeedResolver) Pledged(ctx context.Context, obj *domain.ProposalNeed) (*model.Quantity, error) {
	sum, err := r.pledgedToward(ctx, obj)
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, sum), err
}

func (r *proposalNeedResolver) PledgedShare(ctx context.Context, obj *domain.ProposalNeed) (float64, error) {
	sum, err := r.pledgedToward(ctx, obj)
	return sum.Float64() / float64(obj.Quantity), err
}

func (r *proposalNeedResolver) Covered(ctx context.Context, obj *domain.ProposalNeed) (bool, error) {
	sum, err := r.pledgedToward(ctx, obj)
	return !sum.Less(obj.Quantity), err
}

func (r *proposalNeedResolver) Pledges(ctx context.Context, obj *domain.ProposalNeed) ([]*domain.Commitment, error) {
	return orEmpty(loadFor(ctx, r.loaders(ctx).Pledges, obj, func(obj *domain.ProposalNeed) int64 { return obj.ID }))
}

func (r *queryResolver) Metrics(ctx context.Context) ([]*domain.Metric, error) {
	return r.Impact.Metrics(ctx)
}

func (r *queryResolver) MetricImpact(ctx context.Context, code string) ([]*impact.MetricTotal, error) {
	m, err := r.MetricByCode(ctx, code)
	if err != nil {
		return nil, err
	}
	totals, err := r.Impact.MetricImpact(ctx, []int64{m.ID})
	return pointers(totals[m.ID]), err
}

func (r *queryResolver) Viewer(ctx context.Context) (*domain.Person, error) {
	return domain.ViewerFrom(ctx), nil
}

func (r *queryResolver) Person(ctx context.Context, handle string) (*domain.Person, error) {
	return r.FindPersonByHandle(ctx, handle)
}

func (r *queryResolver) Value(ctx context.Context, slug string) (*domain.Value, error) {
	return r.FindValueBySlug(ctx, slug)
}

func (r *queryResolver) Values(ctx context.Context, search *string, status *domain.ValueStatus, first *int, after *string) (*model.ValueConnection, error) {
	f := catalog.ValueFilter{First: first}
	if search != nil {
		f.Search = *search
	}
	if status != nil {
		f.Status = *status
	}
	if after != nil {
		f.After = *after
	}
	page, err := r.FindValues(ctx, f)
	if err != nil {
		return nil, err
	}
	return valueConnection(page), nil
}

func (r *queryResolver) Node(ctx context.Context, id string) (relay.Node, error) {
	nodes, err := r.loadNodes(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return nodes[0], nil
}

func (r *queryResolver) Nodes(ctx context.Context, ids []string) ([]relay.Node, error) {
	return r.loadNodes(ctx, ids)
}

func (r *queryResolver) Collaboration(ctx context.Context, slug string) (*domain.Collaboration, error) {
	return r.FindCollaborationBySlug(ctx, slug)
}

func (r *queryResolver) Invitation(ctx context.Context, token string) (*collab.Invitation, error) {
	return r.FindInvitation(ctx, token)
}

func (r *queryResolver) Collaborations(ctx context.Context, search *string, status []domain.CollaborationStatus, first *int, after *string) (*model.CollaborationConnection, error) {
	p, err := r.FindCollaborations(ctx, collab.CollaborationFilter{Search: str(search), Status: status, First: first, After: str(after)})
	if err != nil {
		return nil, err
	}
	return collabPage(p), nil
}

func (r *queryResolver) Dashboard(ctx context.Context) (*notify.Dashboard, error) {
	if domain.ViewerFrom(ctx) == nil {
		return nil, nil
	}
	d, err := r.FindDashboard(ctx)
	if err == nil {
		// The due list's fulfilment figures were computed to choose it.
		for id, f := range d.DueFulfilments {
			r.loaders(ctx).Fulfilment.Prime(id, f)
		}
	}
	return d, err
}

func (r *queryResolver) Reports(ctx context.Context, status *domain.ReportStatus, first *int, after *string) (*model.ReportConnection, error) {
	p, err := r.Moderation.Reports(ctx, moderation.ReportFilter{Status: deref(status), PageArgs: domain.PageArgs{First: first, After: str(after)}})
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Report) *model.ReportEdge { return &model.ReportEdge{Cursor: c, Node: n} })
	return &model.ReportConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func (r *queryResolver) Notifications(ctx context.Context, unreadOnly *bool, first *int, after *string) (*model.NotificationConnection, error) {
	p, unread, err := r.FindNotifications(ctx, notify.NotificationFilter{UnreadOnly: unreadOnly != nil && *unreadOnly,
		PageArgs: domain.PageArgs{First: first, After: str(after)}})
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Notification) *model.NotificationEdge {
		return &model.NotificationEdge{Cursor: c, Node: n}
	})
	return &model.NotificationConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount, UnreadCount: unread}, nil
}

func (r *queryResolver) DiscoverPeople(ctx context.Context, valueID *string, skill *string, place *string, remoteFriendly *bool, minScore *float64, search *string, first *int, after *string) (*model.PersonMatchConnection, error) {
	f, err := matchFilter(valueID, skill, place, remoteFriendly, minScore, search, first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Discovery.DiscoverPeople(ctx, f)
	return r.personMatches(ctx, p, err)
}

func (r *queryResolver) DiscoverCollaborations(ctx context.Context, valueID *string, skill *string, place *string, remoteFriendly *bool, minScore *float64, search *string, first *int, after *string) (*model.CollaborationMatchConnection, error) {
	f, err := matchFilter(valueID, skill, place, remoteFriendly, minScore, search, first, after)
	if err != nil {
		return nil, err
	}
	p, err := r.Discovery.DiscoverCollaborations(ctx, discovery.CollabFilter(f))
	return r.collabMatches(ctx, p, err)
}

func (r *queryResolver) ImpactOverview(ctx context.Context) (*model.ImpactOverview, error) {
	ru, err := r.Impact.ImpactOverview(ctx)
	if err != nil {
		return nil, err
	}
	return &model.ImpactOverview{RollUp: ru}, nil
}

func (r *reportResolver) ID(ctx context.Context, obj *domain.Report) (string, error) {
	return relay.ID(relay.TypeReport, obj.ID), nil
}

func (r *reportResolver) TargetID(ctx context.Context, obj *domain.Report) (string, error) {
	return reportTargetID(obj), nil
}

func (r *reportResolver) TargetPreview(ctx context.Context, obj *domain.Report) (string, error) {
	p, err := loadFor(ctx, r.loaders(ctx).ReportPreview, obj, func(obj *domain.Report) *domain.Report { return obj })
	return p.Text, err
}

func (r *reportResolver) TargetPath(ctx context.Context, obj *domain.Report) (string, error) {
	p, err := loadFor(ctx, r.loaders(ctx).ReportPreview, obj, func(obj *domain.Report) *domain.Report { return obj })
	return p.Path, err
}

func (r *reportResolver) Subject(ctx context.Context, obj *domain.Report) (*domain.Person, error) {
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Report) *int64 { return obj.SubjectPersonID })
}

func (r *reportResolver) Collaboration(ctx context.Context, obj *domain.Report) (*domain.Collaboration, error) {
	return loadForOpt(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Report) *int64 { return obj.CollaborationID })
}

func (r *reportResolver) Reporter(ctx context.Context, obj *domain.Report) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Report) int64 { return obj.ReporterID })
}

func (r *reportResolver) Text(ctx context.Context, obj *domain.Report) (string, error) {
	return obj.Body, nil
}

func (r *reportResolver) OpenReportsOfTarget(ctx context.Context, obj *domain.Report) (int, error) {
	return loadFor(ctx, r.loaders(ctx).ReportCount, obj, func(obj *domain.Report) *domain.Report { return obj })
}

func (r *reportContributorResolver) Given(ctx context.Context, obj *impact.ReportContributor) ([]*model.Total, error) {
	return totals(obj.Given), nil
}

func (r *resourceCostResolver) Currency(ctx context.Context, obj *impact.ResourceCost) (*string, error) {
	return optional(obj.Currency), nil
}

func (r *subscriptionResolver) CollaborationActivity(ctx context.Context, collaborationID string, after *string) (<-chan *domain.Activity, error) {
	return r.activityFeed(ctx, collaborationID, after)
}

func (r *subscriptionResolver) NotificationAdded(ctx context.Context, after *string) (<-chan *domain.Notification, error) {
	return r.notificationFeed(ctx, after)
}

func (r *subscriptionResolver) PostAdded(ctx context.Context, threadID string, after *string) (<-chan *domain.Post, error) {
	return r.postFeed(ctx, threadID, after)
}

func (r *suspensionResolver) SuspendedAt(ctx context.Context, obj *domain.Suspension) (*time.Time, error) {
	return &obj.CreatedAt, nil
}

func (r *teamMemberResolver) Person(ctx context.Context, obj *discovery.TeamMember) (*domain.Person, error) {
	p, err := loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *discovery.TeamMember) int64 { return obj.PersonID })
	if err == nil && p == nil {
		err = domain.Errorf(domain.CodeNotFound, "This person is no longer visible to you.")
	}
	return p, err
}

func (r *threadResolver) ID(ctx context.Context, obj *domain.Thread) (string, error) {
	return relay.ID(relay.TypeThread, obj.ID), nil
}

func (r *threadResolver) Number(ctx context.Context, obj *domain.Thread) (int, error) {
	return int(obj.ID), nil
}

func (r *threadResolver) Collaboration(ctx context.Context, obj *domain.Thread) (*domain.Collaboration, error) {
	return loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Thread) int64 { return obj.CollaborationID })
}

func (r *threadResolver) Author(ctx context.Context, obj *domain.Thread) (*domain.Person, error) {
	return loadFor(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Thread) int64 { return obj.AuthorID })
}

func (r *threadResolver) Posts(ctx context.Context, obj *domain.Thread, first *int, after *string) (*model.PostConnection, error) {
	return postConnection(loadFor(ctx, r.loaders(ctx).Posts, obj, func(obj *domain.Thread) pageKey { return newPageKey[string](obj.ID, nil, first, after) }))
}

func (r *threadResolver) ReplyCount(ctx context.Context, obj *domain.Thread) (int, error) {
	return max(obj.PostCount-1, 0), nil
}

func (r *threadResolver) LastActivityAt(ctx context.Context, obj *domain.Thread) (*time.Time, error) {
	return &obj.LastPostAt, nil
}

func (r *threadResolver) ViewerCanReply(ctx context.Context, obj *domain.Thread) (bool, error) {
	c, err := loadFor(ctx, r.loaders(ctx).Collaboration, obj, func(obj *domain.Thread) int64 { return obj.CollaborationID })
	if err != nil || c == nil {
		return false, err
	}
	m, err := loadFor(ctx, r.loaders(ctx).ViewerMembership, obj, func(obj *domain.Thread) int64 { return obj.CollaborationID })
	return talk.CanPost(m, c), err
}

func (r *totalResolver) All(ctx context.Context, obj *model.Total) (*model.Quantity, error) {
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, obj.All), nil
}

func (r *totalResolver) Confirmed(ctx context.Context, obj *model.Total) (*model.Quantity, error) {
	return sumQuantity(obj.Kind, obj.Unit, obj.Currency, obj.Confirmed), nil
}

func (r *valueResolver) ID(ctx context.Context, obj *domain.Value) (string, error) {
	return relay.ID(relay.TypeValue, obj.ID), nil
}

func (r *valueResolver) ProposedBy(ctx context.Context, obj *domain.Value) (*domain.Person, error) {
	if obj.ProposedByID == nil {
		return nil, nil
	}
	return loadForOpt(ctx, r.loaders(ctx).Person, obj, func(obj *domain.Value) *int64 { return obj.ProposedByID })
}

func (r *valueResolver) HolderCount(ctx context.Context, obj *domain.Value) (int, error) {
	return loadFor(ctx, r.loaders(ctx).HolderCount, obj, func(obj *domain.Value) int64 { return obj.ID })
}

func (r *valueResolver) Holders(ctx context.Context, obj *domain.Value, first *int, after *string) (*model.PersonValueConnection, error) {
	p, err := r.FindHolders(ctx, obj.ID, first, str(after))
	if err != nil {
		return nil, err
	}
	return personValuePage(p), nil
}

func (r *valueResolver) Collaborations(ctx context.Context, obj *domain.Value, first *int, after *string) (*model.CollaborationConnection, error) {
	p, err := r.FindCollaborationsServing(ctx, obj.ID, first, str(after))
	if err != nil {
		return nil, err
	}
	return collabPage(p), nil
}

func (r *valueResolver) Impact(ctx context.Context, obj *domain.Value) (*model.ValueImpact, error) {
	ru, err := loadFor(ctx, r.loaders(ctx).ValueImpact, obj, func(obj *domain.Value) int64 { return obj.ID })
	if err != nil {
		return nil, err
	}
	return &model.ValueImpact{ValueID: obj.ID, RollUp: ru}, nil
}

func (r *valueImpactResolver) Totals(ctx context.Context, obj *model.ValueImpact) ([]*model.Total, error) {
	return totals(obj.Totals), nil
}

func (r *valueImpactResolver) Monthly(ctx context.Context, obj *model.ValueImpact) ([]*impact.Point, error) {
	return pointers(obj.Monthly), nil
}

func (r *valueImpactResolver) Costs(ctx context.Context, obj *model.ValueImpact) ([]*impact.CostRollUp, error) {
	c, err := r.loaders(ctx).ValueCosts.Load(ctx, obj.ValueID)
	return pointers(c), err
}

func (r *valueImpactResolver) Outcomes(ctx context.Context, obj *model.ValueImpact, first *int, after *string) (*model.OutcomeConnection, error) {
	p, err := r.FindOutcomesServing(ctx, obj.ValueID, first, str(after))
	if err != nil {
		return nil, err
	}
	return outcomePage(p), nil
}

func (r *Resolver) AccessToken() AccessTokenResolver { return &accessTokenResolver{r} }

func (r *Resolver) Activity() ActivityResolver { return &activityResolver{r} }

func (r *Resolver) Attestation() AttestationResolver { return &attestationResolver{r} }

func (r *Resolver) BlockedPerson() BlockedPersonResolver { return &blockedPersonResolver{r} }

func (r *Resolver) Collaboration() CollaborationResolver { return &collaborationResolver{r} }

func (r *Resolver) CollaborationImpact() CollaborationImpactResolver {
	return &collaborationImpactResolver{r}
}

func (r *Resolver) CollaborationValue() CollaborationValueResolver {
	return &collaborationValueResolver{r}
}

func (r *Resolver) Comment() CommentResolver { return &commentResolver{r} }

func (r *Resolver) Commitment() CommitmentResolver { return &commitmentResolver{r} }

func (r *Resolver) Contribution() ContributionResolver { return &contributionResolver{r} }

func (r *Resolver) CostRollUp() CostRollUpResolver { return &costRollUpResolver{r} }

func (r *Resolver) Fulfilment() FulfilmentResolver { return &fulfilmentResolver{r} }

func (r *Resolver) Gathering() GatheringResolver { return &gatheringResolver{r} }

func (r *Resolver) GatheringAnswer() GatheringAnswerResolver { return &gatheringAnswerResolver{r} }

func (r *Resolver) GiverRecord() GiverRecordResolver { return &giverRecordResolver{r} }

func (r *Resolver) GoalRevision() GoalRevisionResolver { return &goalRevisionResolver{r} }

func (r *Resolver) Hiding() HidingResolver { return &hidingResolver{r} }

func (r *Resolver) ImpactOverview() ImpactOverviewResolver { return &impactOverviewResolver{r} }

func (r *Resolver) ImpactPoint() ImpactPointResolver { return &impactPointResolver{r} }

func (r *Resolver) Invitation() InvitationResolver { return &invitationResolver{r} }

func (r *Resolver) InvitationLink() InvitationLinkResolver { return &invitationLinkResolver{r} }

func (r *Resolver) InvitationNeed() InvitationNeedResolver { return &invitationNeedResolver{r} }

func (r *Resolver) LinkedShare() LinkedShareResolver { return &linkedShareResolver{r} }

func (r *Resolver) Measurement() MeasurementResolver { return &measurementResolver{r} }

func (r *Resolver) MemberContribution() MemberContributionResolver {
	return &memberContributionResolver{r}
}

func (r *Resolver) Membership() MembershipResolver { return &membershipResolver{r} }

func (r *Resolver) MetricTotal() MetricTotalResolver { return &metricTotalResolver{r} }

func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

func (r *Resolver) Need() NeedResolver { return &needResolver{r} }

func (r *Resolver) Notification() NotificationResolver { return &notificationResolver{r} }

func (r *Resolver) Outcome() OutcomeResolver { return &outcomeResolver{r} }

func (r *Resolver) OutcomeCosts() OutcomeCostsResolver { return &outcomeCostsResolver{r} }

func (r *Resolver) OutcomeRevision() OutcomeRevisionResolver { return &outcomeRevisionResolver{r} }

func (r *Resolver) Participation() ParticipationResolver { return &participationResolver{r} }

func (r *Resolver) Person() PersonResolver { return &personResolver{r} }

func (r *Resolver) PersonCollaborationImpact() PersonCollaborationImpactResolver {
	return &personCollaborationImpactResolver{r}
}

func (r *Resolver) PersonImpact() PersonImpactResolver { return &personImpactResolver{r} }

func (r *Resolver) PersonValue() PersonValueResolver { return &personValueResolver{r} }

func (r *Resolver) Position() PositionResolver { return &positionResolver{r} }

func (r *Resolver) Post() PostResolver { return &postResolver{r} }

func (r *Resolver) Proposal() ProposalResolver { return &proposalResolver{r} }

func (r *Resolver) ProposalNeed() ProposalNeedResolver { return &proposalNeedResolver{r} }

func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

func (r *Resolver) Report() ReportResolver { return &reportResolver{r} }

func (r *Resolver) ReportContributor() ReportContributorResolver {
	return &reportContributorResolver{r}
}

func (r *Resolver) ResourceCost() ResourceCostResolver { return &resourceCostResolver{r} }

func (r *Resolver) Subscription() SubscriptionResolver { return &subscriptionResolver{r} }

func (r *Resolver) Suspension() SuspensionResolver { return &suspensionResolver{r} }

func (r *Resolver) TeamMember() TeamMemberResolver { return &teamMemberResolver{r} }

func (r *Resolver) Thread() ThreadResolver { return &threadResolver{r} }

func (r *Resolver) Total() TotalResolver { return &totalResolver{r} }

func (r *Resolver) Value() ValueResolver { return &valueResolver{r} }

func (r *Resolver) ValueImpact() ValueImpactResolver { return &valueImpactResolver{r} }

type (
	accessTokenResolver               struct{ *Resolver }
	activityResolver                  struct{ *Resolver }
	attestationResolver               struct{ *Resolver }
	blockedPersonResolver             struct{ *Resolver }
	collaborationResolver             struct{ *Resolver }
	collaborationImpactResolver       struct{ *Resolver }
	collaborationValueResolver        struct{ *Resolver }
	commentResolver                   struct{ *Resolver }
	commitmentResolver                struct{ *Resolver }
	contributionResolver              struct{ *Resolver }
	costRollUpResolver                struct{ *Resolver }
	fulfilmentResolver                struct{ *Resolver }
	gatheringResolver                 struct{ *Resolver }
	gatheringAnswerResolver           struct{ *Resolver }
	giverRecordResolver               struct{ *Resolver }
	goalRevisionResolver              struct{ *Resolver }
	hidingResolver                    struct{ *Resolver }
	impactOverviewResolver            struct{ *Resolver }
	impactPointResolver               struct{ *Resolver }
	invitationResolver                struct{ *Resolver }
	invitationLinkResolver            struct{ *Resolver }
	invitationNeedResolver            struct{ *Resolver }
	linkedShareResolver               struct{ *Resolver }
	measurementResolver               struct{ *Resolver }
	memberContributionResolver        struct{ *Resolver }
	membershipResolver                struct{ *Resolver }
	metricTotalResolver               struct{ *Resolver }
	mutationResolver                  struct{ *Resolver }
	needResolver                      struct{ *Resolver }
	notificationResolver              struct{ *Resolver }
	outcomeResolver                   struct{ *Resolver }
	outcomeCostsResolver              struct{ *Resolver }
	outcomeRevisionResolver           struct{ *Resolver }
	participationResolver             struct{ *Resolver }
	personResolver                    struct{ *Resolver }
	personCollaborationImpactResolver struct{ *Resolver }
	personImpactResolver              struct{ *Resolver }
	personValueResolver               struct{ *Resolver }
	positionResolver                  struct{ *Resolver }
	postResolver                      struct{ *Resolver }
	proposalResolver                  struct{ *Resolver }
	proposalNeedResolver              struct{ *Resolver }
	queryResolver                     struct{ *Resolver }
	reportResolver                    struct{ *Resolver }
	reportContributorResolver         struct{ *Resolver }
	resourceCostResolver              struct{ *Resolver }
	subscriptionResolver              struct{ *Resolver }
	suspensionResolver                struct{ *Resolver }
	teamMemberResolver                struct{ *Resolver }
	threadResolver                    struct{ *Resolver }
	totalResolver                     struct{ *Resolver }
	valueResolver                     struct{ *Resolver }
	valueImpactResolver               struct{ *Resolver }
)
