package graph

import (
	"context"
	"fmt"

	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/gather"
	"kindred/domain/ledger"
	"kindred/graph/model"
	"kindred/graph/relay"
)

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// withIdempotencyKey returns ctx carrying a creating mutation's idempotency key, if
// its input has one; the domain method it calls makes its entity once per key.
func withIdempotencyKey(ctx context.Context, key *string) context.Context {
	if key == nil {
		return ctx
	}
	return domain.WithIdempotencyKey(ctx, *key)
}

func flag(p *bool) bool { return p != nil && *p }

func decimalPtr(d *model.Decimal) *string {
	if d == nil {
		return nil
	}
	s := string(*d)
	return &s
}

// quantity renders an amount in steps as the API's Quantity.
func quantity(kind domain.ResourceKind, unit, currency string, steps int64) *model.Quantity {
	return quantityOf(kind, unit, currency, domain.FormatSteps(kind, currency, steps))
}

// sumQuantity renders a total in steps as the API's Quantity.
func sumQuantity(kind domain.ResourceKind, unit, currency string, s domain.Sum) *model.Quantity {
	return quantityOf(kind, unit, currency, domain.FormatSum(kind, currency, s))
}

func quantityOf(kind domain.ResourceKind, unit, currency, amount string) *model.Quantity {
	q := &model.Quantity{Kind: kind, Amount: model.Decimal(amount), Unit: unit}
	if currency != "" {
		q.Currency = &currency
	}
	return q
}

func commitmentInput(field string, in *model.CommitmentInput) (collab.CommitmentInput, error) {
	out := collab.CommitmentInput{
		Kind: in.Kind, Quantity: string(in.Quantity), Unit: str(in.Unit), Currency: str(in.Currency),
		Description: str(in.Description), DueAt: in.DueAt,
	}
	if in.NeedID != nil {
		id, err := decodeID(field+".needId", relay.TypeNeed, *in.NeedID)
		if err != nil {
			return out, err
		}
		out.NeedID = &id
	}
	if in.Condition != nil {
		out.Condition, out.Threshold, out.ConditionDeadline = in.Condition.Kind, in.Condition.Threshold, in.Condition.By
	}
	if in.Recurrence != nil {
		out.Period, out.StartsOn, out.EndsOn = in.Recurrence.Every, in.Recurrence.StartsOn, in.Recurrence.EndsOn
	}
	return out, nil
}

// commitmentPeriod converts one period of a recurring commitment c.
func commitmentPeriod(c *domain.Commitment, p ledger.PeriodFulfilment) *model.CommitmentPeriod {
	out := &model.CommitmentPeriod{
		StartsOn: p.Start.Format(domain.DateLayout), EndsOn: p.LastDay().Format(domain.DateLayout), StartsAt: p.Start.UTC(), EndsAt: p.End.UTC(),
		Amount: quantity(c.Kind, c.Unit, c.Currency, p.Amount), Confirmed: sumQuantity(c.Kind, c.Unit, c.Currency, p.Confirmed),
		Unconfirmed: sumQuantity(c.Kind, c.Unit, c.Currency, p.Unconfirmed), Due: p.Due, Short: p.Short(),
	}
	if r, ok := p.ConfirmedRatio(); ok {
		out.ConfirmedRatio = &r
	}
	return out
}

// newestPeriods converts at most n periods, newest first.
func newestPeriods(c *domain.Commitment, ps []ledger.PeriodFulfilment, n int) []*model.CommitmentPeriod {
	out := make([]*model.CommitmentPeriod, 0, min(n, len(ps)))
	for i := len(ps) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, commitmentPeriod(c, ps[i]))
	}
	return out
}

func commitmentInputs(ins []*model.CommitmentInput) ([]collab.CommitmentInput, error) {
	out := make([]collab.CommitmentInput, len(ins))
	for i, in := range ins {
		c, err := commitmentInput(fmt.Sprintf("commitments.%d", i), in)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func needInput(in *model.NeedInput) collab.NeedInput {
	return collab.NeedInput{Kind: in.Kind, Quantity: string(in.Quantity), Unit: str(in.Unit), Currency: str(in.Currency),
		Skill: str(in.Skill), Description: str(in.Description)}
}

func valueWeights(ins []*model.ValueWeightInput) ([]collab.ValueWeight, error) {
	if ins == nil {
		return nil, nil
	}
	out := make([]collab.ValueWeight, len(ins))
	for i, in := range ins {
		id, err := decodeID("values.valueId", relay.TypeValue, in.ValueID)
		if err != nil {
			return nil, err
		}
		out[i] = collab.ValueWeight{ValueID: id, Weight: in.Weight}
	}
	return out, nil
}

func collabPage(p *collab.CollaborationPage) *model.CollaborationConnection {
	c := &model.CollaborationConnection{
		Edges:      make([]*model.CollaborationEdge, len(p.Collaborations)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, col := range p.Collaborations {
		c.Edges[i] = &model.CollaborationEdge{Cursor: p.Cursors[i], Node: col}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}

// orEmpty keeps list fields non-null when a loader found nothing.
func orEmpty[T any](xs []T, err error) ([]T, error) {
	if xs == nil {
		xs = []T{}
	}
	return xs, err
}

func membershipPayload(m *domain.Membership, err error) (*model.MembershipPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.MembershipPayload{Membership: m}, nil
}

func commitmentPayload(c *domain.Commitment, err error) (*model.CommitmentPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.CommitmentPayload{Commitment: c}, nil
}

func (r *mutationResolver) membershipAction(ctx context.Context, in model.MembershipActionInput, act func(context.Context, int64) (*domain.Membership, error)) (*model.MembershipPayload, error) {
	id, err := decodeID("membershipId", relay.TypeMembership, in.MembershipID)
	if err != nil {
		return nil, err
	}
	return membershipPayload(act(ctx, id))
}

func (r *mutationResolver) commitmentAction(ctx context.Context, in model.CommitmentActionInput, act func(context.Context, int64) (*domain.Commitment, error)) (*model.CommitmentPayload, error) {
	id, err := decodeID("commitmentId", relay.TypeCommitment, in.CommitmentID)
	if err != nil {
		return nil, err
	}
	return commitmentPayload(act(ctx, id))
}

func contributionPayload(c *domain.Contribution, err error) (*model.ContributionPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.ContributionPayload{Contribution: c}, nil
}

func totals(ts []ledger.Total) []*model.Total {
	out := make([]*model.Total, len(ts))
	for i, t := range ts {
		out[i] = &model.Total{Total: t}
	}
	return out
}

func contributionPage(p *ledger.ContributionPage) *model.ContributionConnection {
	c := &model.ContributionConnection{
		Edges:      make([]*model.ContributionEdge, len(p.Contributions)),
		PageInfo:   &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious},
		TotalCount: p.TotalCount,
	}
	for i, e := range p.Contributions {
		c.Edges[i] = &model.ContributionEdge{Cursor: p.Cursors[i], Node: e}
	}
	if n := len(p.Cursors); n > 0 {
		c.PageInfo.StartCursor, c.PageInfo.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return c
}

// pageEdges turns a page into a connection's edges and page info.
func pageEdges[T, E any](p *domain.Page[T], edge func(cursor string, node T) E) ([]E, *model.PageInfo) {
	edges := make([]E, len(p.Items))
	for i, item := range p.Items {
		edges[i] = edge(p.Cursors[i], item)
	}
	info := &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPrevious}
	if n := len(p.Cursors); n > 0 {
		info.StartCursor, info.EndCursor = &p.Cursors[0], &p.Cursors[n-1]
	}
	return edges, info
}

func proposalConnection(p *domain.Page[*domain.Proposal], err error) (*model.ProposalConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Proposal) *model.ProposalEdge { return &model.ProposalEdge{Cursor: c, Node: n} })
	return &model.ProposalConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func commentConnection(p *domain.Page[*domain.Comment], err error) (*model.CommentConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Comment) *model.CommentEdge { return &model.CommentEdge{Cursor: c, Node: n} })
	return &model.CommentConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func activityConnection(p *domain.Page[*domain.Activity], err error) (*model.ActivityConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Activity) *model.ActivityEdge { return &model.ActivityEdge{Cursor: c, Node: n} })
	return &model.ActivityConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func proposalPayload(p *domain.Proposal, err error) (*model.ProposalPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

// viewerPosition picks the viewer's own position from a proposal's positions.
func viewerPosition(ctx context.Context, ps []*domain.Position, err error) (*domain.Position, error) {
	v := domain.ViewerFrom(ctx)
	if err != nil || v == nil {
		return nil, err
	}
	for _, p := range ps {
		if p.PersonID == v.ID {
			return p, nil
		}
	}
	return nil, nil
}

// optString is nil for an empty string.
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// visiblePeople drops the people the viewer may not see (nil from the loader).
func visiblePeople(people []*domain.Person) []*domain.Person {
	out := make([]*domain.Person, 0, len(people))
	for _, p := range people {
		if p != nil {
			out = append(out, p)
		}
	}
	return out
}

func threadConnection(p *domain.Page[*domain.Thread], err error) (*model.ThreadConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Thread) *model.ThreadEdge { return &model.ThreadEdge{Cursor: c, Node: n} })
	return &model.ThreadConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func postConnection(p *domain.Page[*domain.Post], err error) (*model.PostConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Post) *model.PostEdge { return &model.PostEdge{Cursor: c, Node: n} })
	return &model.PostConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

// pollOptions converts a poll's options as proposed.
func pollOptions(in []*model.PollOptionInput) []deciding.OptionInput {
	out := make([]deciding.OptionInput, len(in))
	for i, o := range in {
		out[i] = deciding.OptionInput{Label: str(o.Label), Start: str(o.Start), End: str(o.End), TimeZone: str(o.TimeZone)}
	}
	return out
}

// pledgedToward adds up the pledges toward a proposal's need (see ProposalNeed.pledged).
func (r *Resolver) pledgedToward(ctx context.Context, n *domain.ProposalNeed) (domain.Sum, error) {
	pledges, err := r.loaders(ctx).Pledges.Load(ctx, n.ID)
	var sum domain.Sum
	for _, p := range pledges {
		sum = sum.Add(p.Quantity)
	}
	return sum, err
}

func gatheringConnection(p *domain.Page[*domain.Gathering], err error) (*model.GatheringConnection, error) {
	if err != nil {
		return nil, err
	}
	edges, info := pageEdges(p, func(c string, n *domain.Gathering) *model.GatheringEdge {
		return &model.GatheringEdge{Cursor: c, Node: n}
	})
	return &model.GatheringConnection{Edges: edges, PageInfo: info, TotalCount: p.TotalCount}, nil
}

func gatheringPayload(g *domain.Gathering, err error) (*model.GatheringPayload, error) {
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, domain.Errorf(domain.CodeNotFound, "This gathering was not found.")
	}
	return &model.GatheringPayload{Gathering: g}, nil
}

// gatheringInput converts the fields planning and updating a gathering share.
func gatheringInput(title string, description *string, start, end, zone string, place, online *string, capacity *int, need *string) (gather.Input, error) {
	needID, err := optionalNeedID(need)
	if err != nil {
		return gather.Input{}, err
	}
	return gather.Input{Title: title, Description: str(description), LocalStart: start, LocalEnd: end, TimeZone: zone,
		Place: str(place), OnlineURL: str(online), Capacity: capacity, NeedID: needID}, nil
}

// attendeesInput converts who attended; nil stays nil (everyone going).
func attendeesInput(in []*model.AttendeeInput) ([]gather.Attendee, error) {
	if in == nil {
		return nil, nil
	}
	out := make([]gather.Attendee, len(in))
	for i, a := range in {
		id, err := decodeID(fmt.Sprintf("attendees[%d].personId", i), relay.TypePerson, a.PersonID)
		if err != nil {
			return nil, err
		}
		out[i] = gather.Attendee{PersonID: id}
		if a.Hours != nil {
			out[i].Hours = string(*a.Hours)
		}
	}
	return out, nil
}
