package graph

import (
	"context"
	"net/http"
	"strings"

	"kindred/domain"
	"kindred/domain/collab"
	"kindred/domain/deciding"
	"kindred/domain/gather"
	"kindred/domain/impact"
	"kindred/domain/kindred"
	"kindred/domain/ledger"
	"kindred/domain/moderation"
	"kindred/graph/batch"
)

// Loaders cache the lookups of one request. Resolvers load through loadFor (cohort.go),
// which fetches a relation for a whole level of a query at once.
type Loaders struct {
	Person       *batch.Loader[int64, *domain.Person]
	Value        *batch.Loader[int64, *domain.Value]
	PersonValue  *batch.Loader[int64, *domain.PersonValue]
	PersonValues *batch.Loader[int64, []*domain.PersonValue]
	HolderCount  *batch.Loader[int64, int]

	Collaboration       *batch.Loader[int64, *domain.Collaboration]
	CollaborationValues *batch.Loader[int64, []*domain.CollaborationValue]
	Needs               *batch.Loader[int64, []*domain.Need]
	Need                *batch.Loader[int64, *domain.Need]
	Pledge              *batch.Loader[int64, collab.Pledge]
	NeedCommitments     *batch.Loader[int64, []*domain.Commitment]
	Members             *batch.Loader[int64, []*domain.Membership]
	MemberCount         *batch.Loader[int64, int]
	ViewerMembership    *batch.Loader[int64, *domain.Membership]
	GoalHistory         *batch.Loader[int64, []*domain.GoalRevision]
	InvitationLinks     *batch.Loader[int64, []*domain.InvitationLink]
	JoinedByLink        *batch.Loader[int64, []*domain.Membership]
	Membership          *batch.Loader[int64, *domain.Membership]
	PersonMemberships   *batch.Loader[int64, []*domain.Membership]
	Commitments         *batch.Loader[int64, []*domain.Commitment]
	Commitment          *batch.Loader[int64, *domain.Commitment]
	Fulfilment          *batch.Loader[int64, ledger.Fulfilment]
	MemberRecord        *batch.Loader[int64, ledger.MemberRecord]
	Totals              *batch.Loader[int64, []ledger.Total]
	Contribution        *batch.Loader[int64, *domain.Contribution]
	Reversal            *batch.Loader[int64, *domain.Contribution]
	GiverRecord         *batch.Loader[int64, *ledger.GiverRecord]

	Proposals     *batch.Loader[pageKey, *domain.Page[*domain.Proposal]]
	Proposal      *batch.Loader[int64, *domain.Proposal]
	ProposalNeeds *batch.Loader[int64, []*domain.ProposalNeed]
	ProposalNeed  *batch.Loader[int64, *domain.ProposalNeed]
	Pledges       *batch.Loader[int64, []*domain.Commitment]
	Positions     *batch.Loader[int64, []*domain.Position]
	Standings     *batch.Loader[int64, *deciding.Standing]
	ViewerBallot  *batch.Loader[int64, *domain.Ballot]
	DecidedTimes  *batch.Loader[int64, []*deciding.DecidedTime]
	Position      *batch.Loader[int64, *domain.Position]
	Comments      *batch.Loader[pageKey, *domain.Page[*domain.Comment]]
	Comment       *batch.Loader[int64, *domain.Comment]
	Threads       *batch.Loader[pageKey, *domain.Page[*domain.Thread]]
	Thread        *batch.Loader[int64, *domain.Thread]
	Posts         *batch.Loader[pageKey, *domain.Page[*domain.Post]]
	Post          *batch.Loader[int64, *domain.Post]
	PostRevisions *batch.Loader[int64, []*domain.PostRevision]
	// Gatherings pages by collaboration; the key's Status is "true" for past ones.
	Gatherings       *batch.Loader[pageKey, *domain.Page[*domain.Gathering]]
	Gathering        *batch.Loader[int64, *domain.Gathering]
	RSVPCounts       *batch.Loader[int64, gather.RSVPCounts]
	ViewerRSVP       *batch.Loader[int64, *domain.GatheringRSVP]
	GatheringAnswers *batch.Loader[int64, []*domain.GatheringRSVP]
	Attendances      *batch.Loader[int64, []*domain.GatheringAttendance]
	Activity         *batch.Loader[pageKey, *domain.Page[*domain.Activity]]
	CommitteeSignal  *batch.Loader[int64, impact.CommitteeSignal]
	Outcomes         *batch.Loader[int64, []*domain.Outcome]
	Outcome          *batch.Loader[int64, *domain.Outcome]
	OutcomeValueIDs  *batch.Loader[int64, []int64]
	Metric           *batch.Loader[int64, *domain.Metric]
	// Costs is what each collaboration's outcomes took (resources per unit of result).
	Costs              *batch.Loader[int64, *impact.CollabCosts]
	ValueCosts         *batch.Loader[int64, []impact.CostRollUp]
	NeedServes         *batch.Loader[int64, []int64]
	CommitmentServes   *batch.Loader[int64, []int64]
	ContributionServes *batch.Loader[int64, []int64]
	OutcomeHistory     *batch.Loader[int64, []*domain.OutcomeRevision]
	Measurements       *batch.Loader[int64, []*domain.Measurement]
	Latest             *batch.Loader[int64, *domain.Measurement]
	Measurement        *batch.Loader[int64, *domain.Measurement]
	Correction         *batch.Loader[int64, *domain.Measurement]
	Attestations       *batch.Loader[int64, []*domain.Attestation]
	CollabImpact       *batch.Loader[int64, *impact.CollabImpact]
	PersonImpact       *batch.Loader[int64, *impact.PersonImpact]
	ValueImpact        *batch.Loader[int64, *impact.RollUp]
	StatedLivedOf      *batch.Loader[int64, *impact.StatedVsLived]
	StatedLivedIn      *batch.Loader[int64, *impact.StatedVsLived]

	BlockedByViewer *batch.Loader[int64, bool]
	Suspension      *batch.Loader[int64, *domain.Suspension]
	ReportPreview   *batch.Loader[*domain.Report, moderation.Preview]
	ReportCount     *batch.Loader[*domain.Report, int]
}

func newLoader[K comparable, V any](fetch batch.Fetch[K, V]) *batch.Loader[K, V] {
	return batch.New(fetch)
}

// NewLoaders returns fresh loaders for one request.
func NewLoaders(s *kindred.Services) *Loaders {
	return &Loaders{
		Collaboration:       newLoader(matchByID(s.FindCollaborationsByIDs, func(c *domain.Collaboration) int64 { return c.ID })),
		CollaborationValues: newLoader(matchMap(s.CollaborationValuesByCollab)),
		Needs:               newLoader(matchMap(s.NeedsByCollab)),
		Need:                newLoader(matchByID(s.FindNeedsByIDs, func(n *domain.Need) int64 { return n.ID })),
		Pledge:              newLoader(matchMap(s.PledgesByNeed)),
		NeedCommitments:     newLoader(matchMap(s.CommitmentsByNeed)),
		Members:             newLoader(matchMap(s.MembershipsByCollab)),
		InvitationLinks:     newLoader(matchMap(s.InvitationLinksByCollab)),
		JoinedByLink:        newLoader(matchMap(s.JoinedByLink)),
		MemberCount:         newLoader(matchMap(s.ActiveMemberCounts)),
		ViewerMembership:    newLoader(matchMap(s.ViewerMembershipByCollab)),
		GoalHistory:         newLoader(matchMap(s.GoalRevisionsByCollab)),
		Membership:          newLoader(matchByID(s.FindMembershipsByIDs, func(m *domain.Membership) int64 { return m.ID })),
		PersonMemberships:   newLoader(matchMap(s.MembershipsByPerson)),
		Commitments:         newLoader(matchMap(s.CommitmentsByMembership)),
		Commitment:          newLoader(matchByID(s.FindCommitmentsByIDs, func(c *domain.Commitment) int64 { return c.ID })),
		Fulfilment:          newLoader(matchMap(s.FulfilmentByCommitment)),
		MemberRecord:        newLoader(matchMap(s.RecordByMembership)),
		Totals:              newLoader(matchMap(s.TotalsByCollab)),
		Contribution:        newLoader(matchByID(s.FindContributionsByIDs, func(c *domain.Contribution) int64 { return c.ID })),
		Reversal:            newLoader(matchMap(s.ReversalsOf)),
		GiverRecord:         newLoader(matchMap(s.GiverRecordsByPerson)),

		Proposals: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Proposal], error) {
			return s.ProposalPagesByCollab(ctx, ids, deciding.ProposalFilter{Status: k.statuses(), PageArgs: k.args()})
		})),
		Proposal:      newLoader(matchByID(s.FindProposalsByIDs, func(p *domain.Proposal) int64 { return p.ID })),
		ProposalNeeds: newLoader(matchMap(s.NeedsOfProposals)),
		ProposalNeed:  newLoader(matchByID(s.FindProposalNeedsByIDs, func(n *domain.ProposalNeed) int64 { return n.ID })),
		Pledges:       newLoader(matchMap(s.PledgesOfNeeds)),
		Positions:     newLoader(matchMap(s.PositionsByProposal)),
		Standings:     newLoader(matchMap(s.StandingsByProposal)),
		ViewerBallot:  newLoader(matchMap(s.ViewerBallotsByProposal)),
		DecidedTimes:  newLoader(matchMap(s.DecidedTimesByCollab)),
		Position:      newLoader(matchByID(s.FindPositionsByIDs, func(p *domain.Position) int64 { return p.ID })),
		Comments: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Comment], error) {
			return s.CommentPagesByProposal(ctx, ids, k.args())
		})),
		Comment: newLoader(matchByID(s.FindCommentsByIDs, func(c *domain.Comment) int64 { return c.ID })),
		Threads: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Thread], error) {
			return s.ThreadPagesByCollab(ctx, ids, k.args())
		})),
		Thread: newLoader(matchByID(s.FindThreadsByIDs, func(t *domain.Thread) int64 { return t.ID })),
		Posts: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Post], error) {
			return s.PostPagesByThread(ctx, ids, k.args())
		})),
		BlockedByViewer: newLoader(matchMap(s.BlockedByViewer)),
		Suspension:      newLoader(matchMap(s.SuspensionsOf)),
		ReportPreview:   newLoader(matchReports(s.Previews)),
		ReportCount:     newLoader(matchReports(s.OpenReportCounts)),
		Post:            newLoader(matchByID(s.FindPostsByIDs, func(p *domain.Post) int64 { return p.ID })),
		PostRevisions:   newLoader(matchMap(s.RevisionsByPost)),
		Gatherings: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Gathering], error) {
			return s.GatheringPagesByCollab(ctx, ids, k.Status == "true", k.args())
		})),
		Gathering:        newLoader(matchByID(s.FindGatheringsByIDs, func(g *domain.Gathering) int64 { return g.ID })),
		RSVPCounts:       newLoader(matchMap(s.RSVPCountsByGathering)),
		ViewerRSVP:       newLoader(matchMap(s.ViewerRSVPs)),
		GatheringAnswers: newLoader(matchMap(s.RSVPsByGathering)),
		Attendances:      newLoader(matchMap(s.AttendancesByGathering)),
		Activity: newLoader(matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Activity], error) {
			return s.ActivityPagesByCollab(ctx, ids, k.args())
		})),
		CommitteeSignal: newLoader(matchMap(s.CommitteeSignals)),

		Person:             newLoader(matchByID(s.FindPeopleByIDs, func(p *domain.Person) int64 { return p.ID })),
		Value:              newLoader(matchByID(s.FindValuesByIDs, func(v *domain.Value) int64 { return v.ID })),
		PersonValue:        newLoader(matchByID(s.FindPersonValuesByIDs, func(pv *domain.PersonValue) int64 { return pv.ID })),
		PersonValues:       newLoader(matchMap(s.PersonValuesByPersonIDs)),
		HolderCount:        newLoader(matchMap(s.HolderCounts)),
		Outcomes:           newLoader(matchMap(s.OutcomesByCollab)),
		Outcome:            newLoader(matchByID(s.FindOutcomesByIDs, func(o *domain.Outcome) int64 { return o.ID })),
		OutcomeValueIDs:    newLoader(matchMap(s.OutcomeValueIDs)),
		Metric:             newLoader(matchByID(s.FindMetricsByIDs, func(m *domain.Metric) int64 { return m.ID })),
		Costs:              newLoader(matchMap(s.CostsByCollab)),
		ValueCosts:         newLoader(matchMap(s.CostsByValue)),
		NeedServes:         newLoader(matchMap(servedBy(s, domain.LinkNeed))),
		CommitmentServes:   newLoader(matchMap(servedBy(s, domain.LinkCommitment))),
		ContributionServes: newLoader(matchMap(servedBy(s, domain.LinkContribution))),
		OutcomeHistory:     newLoader(matchMap(s.RevisionsByOutcome)),
		Measurements:       newLoader(matchMap(s.MeasurementsByOutcome)),
		Latest:             newLoader(matchMap(s.LatestByOutcome)),
		Measurement:        newLoader(matchByID(s.FindMeasurementsByIDs, func(m *domain.Measurement) int64 { return m.ID })),
		Correction:         newLoader(matchMap(s.CorrectionsOf)),
		Attestations:       newLoader(matchMap(s.AttestationsByMeasurement)),
		CollabImpact:       newLoader(matchMap(s.ImpactByCollab)),
		PersonImpact:       newLoader(matchMap(s.ImpactByPerson)),
		ValueImpact:        newLoader(matchMap(s.ImpactByValue)),
		StatedLivedOf:      newLoader(matchMap(s.StatedVsLivedByPerson)),
		StatedLivedIn:      newLoader(matchMap(s.StatedVsLivedByCollab)),
	}
}

// servedBy fetches the outcome IDs that needs, commitments or contributions name.
func servedBy(s *kindred.Services, kind domain.LinkOwner) func(context.Context, []int64) (map[int64][]int64, error) {
	return func(ctx context.Context, ids []int64) (map[int64][]int64, error) {
		return s.ServedOutcomeIDs(ctx, kind, ids)
	}
}

// matchByID adapts a FindXByIDs method: rows are matched to keys by ID, and a key with no
// row (absent or not visible) gets nil without an error.
func matchByID[T any](find func(context.Context, []int64) ([]T, error), id func(T) int64) func(context.Context, []int64) ([]T, []error) {
	return func(ctx context.Context, keys []int64) ([]T, []error) {
		rows, err := find(ctx, keys)
		out := make([]T, len(keys))
		if err != nil {
			return out, fillErr(len(keys), err)
		}
		byID := make(map[int64]T, len(rows))
		for _, r := range rows {
			byID[id(r)] = r
		}
		for i, k := range keys {
			out[i] = byID[k]
		}
		return out, nil
	}
}

// matchMap adapts a method that returns a map by key; missing keys get the zero value.
func matchMap[V any](find func(context.Context, []int64) (map[int64]V, error)) func(context.Context, []int64) ([]V, []error) {
	return func(ctx context.Context, keys []int64) ([]V, []error) {
		m, err := find(ctx, keys)
		out := make([]V, len(keys))
		if err != nil {
			return out, fillErr(len(keys), err)
		}
		for i, k := range keys {
			out[i] = m[k]
		}
		return out, nil
	}
}

// pageKey asks for one page of an owner's list (a collaboration's proposals, a
// proposal's comments) with the list's arguments. Keys with the same arguments are
// fetched together, so a page per node of a list still costs one batch.
type pageKey struct {
	ID       int64
	Status   string // the statuses asked for, comma-separated
	First    int
	HasFirst bool
	After    string
}

func newPageKey[S ~string](id int64, status []S, first *int, after *string) pageKey {
	k := pageKey{ID: id, After: str(after)}
	if first != nil {
		k.First, k.HasFirst = *first, true
	}
	parts := make([]string, len(status))
	for i, st := range status {
		parts[i] = string(st)
	}
	k.Status = strings.Join(parts, ",")
	return k
}

func (k pageKey) args() domain.PageArgs {
	a := domain.PageArgs{After: k.After}
	if k.HasFirst {
		a.First = &k.First
	}
	return a
}

func (k pageKey) statuses() []domain.ProposalStatus {
	if k.Status == "" {
		return nil
	}
	var out []domain.ProposalStatus
	for _, st := range strings.Split(k.Status, ",") {
		out = append(out, domain.ProposalStatus(st))
	}
	return out
}

// matchPages adapts a method that returns a page per owner: keys are grouped by their
// arguments and each group is one call; an owner without a page gets an empty one.
func matchPages[T any](find func(context.Context, []int64, pageKey) (map[int64]*domain.Page[T], error)) batch.Fetch[pageKey, *domain.Page[T]] {
	return func(ctx context.Context, keys []pageKey) ([]*domain.Page[T], []error) {
		groups := map[pageKey][]int{}
		for i, k := range keys {
			args := k
			args.ID = 0
			groups[args] = append(groups[args], i)
		}
		out := make([]*domain.Page[T], len(keys))
		errs := make([]error, len(keys))
		for args, idx := range groups {
			ids := make([]int64, len(idx))
			for j, i := range idx {
				ids[j] = keys[i].ID
			}
			pages, err := find(ctx, ids, args)
			for _, i := range idx {
				errs[i] = err
				if out[i] = pages[keys[i].ID]; out[i] == nil {
					out[i] = &domain.Page[T]{}
				}
			}
		}
		return out, errs
	}
}

func fillErr(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

type loadersKey struct{}

// LoaderMiddleware gives each HTTP request its own loaders, so nothing is cached between
// requests or between viewers.
func LoaderMiddleware(s *kindred.Services, next http.Handler) http.Handler {
	return loaderMiddleware(s, next, true)
}

// loaderMiddleware gives loaders, and with cohorts fetches each level of a query whole;
// without, each object's relations are fetched on their own (the plain path tests compare
// against).
func loaderMiddleware(s *kindred.Services, next http.Handler, cohorts bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			// A websocket lives for hours: caches made now would serve stale rights. Its
			// resolvers make fresh loaders for each event instead.
			next.ServeHTTP(w, r)
			return
		}
		ctx := domain.WithRequestCache(r.Context())
		ctx = context.WithValue(ctx, loadersKey{}, NewLoaders(s))
		if cohorts {
			ctx = withCohorts(ctx)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders, or fresh ones where no middleware set them.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Services)
}

// matchReports adapts a fetch over reports that answers by report ID.
func matchReports[V any](find func(context.Context, []*domain.Report) (map[int64]V, error)) batch.Fetch[*domain.Report, V] {
	return func(ctx context.Context, keys []*domain.Report) ([]V, []error) {
		m, err := find(ctx, keys)
		out := make([]V, len(keys))
		if err != nil {
			return out, fillErr(len(keys), err)
		}
		for i, k := range keys {
			out[i] = m[k.ID]
		}
		return out, nil
	}
}
