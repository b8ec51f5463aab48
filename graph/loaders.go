package graph

import (
	"context"
	"net/http"
	"strings"
	"time"

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

// Loaders batch the lookups of one request: one query per relation and depth level,
// whatever the number of nodes.
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

	BlockedByViewer *batch.Loader[int64, bool]
	Suspension      *batch.Loader[int64, *domain.Suspension]
	ReportPreview   *batch.Loader[*domain.Report, moderation.Preview]
	ReportCount     *batch.Loader[*domain.Report, int]
}

// The loaders of a request gather keys until none has arrived at any of them for
// loaderQuiet (gqlgen resolves list elements in goroutines, so this is scheduling time,
// not network time), and for at most loaderMax; then they all fetch together, one wave
// per level of the query.
const (
	loaderQuiet = 2 * time.Millisecond
	loaderMax   = 30 * time.Millisecond
)

func newLoader[K comparable, V any](g *batch.Group, fetch batch.Fetch[K, V]) *batch.Loader[K, V] {
	return batch.NewIn(g, fetch)
}

// NewLoaders returns fresh loaders for one request that wait quiet for more keys.
func NewLoaders(s *kindred.Services, quiet time.Duration) *Loaders {
	g := batch.NewGroup(quiet, max(loaderMax, 4*quiet))
	return &Loaders{
		Collaboration:       newLoader(g, matchByID(s.FindCollaborationsByIDs, func(c *domain.Collaboration) int64 { return c.ID })),
		CollaborationValues: newLoader(g, matchMap(s.CollaborationValuesByCollab)),
		Needs:               newLoader(g, matchMap(s.NeedsByCollab)),
		Need:                newLoader(g, matchByID(s.FindNeedsByIDs, func(n *domain.Need) int64 { return n.ID })),
		Pledge:              newLoader(g, matchMap(s.PledgesByNeed)),
		NeedCommitments:     newLoader(g, matchMap(s.CommitmentsByNeed)),
		Members:             newLoader(g, matchMap(s.MembershipsByCollab)),
		InvitationLinks:     newLoader(g, matchMap(s.InvitationLinksByCollab)),
		JoinedByLink:        newLoader(g, matchMap(s.JoinedByLink)),
		MemberCount:         newLoader(g, matchMap(s.ActiveMemberCounts)),
		ViewerMembership:    newLoader(g, matchMap(s.ViewerMembershipByCollab)),
		GoalHistory:         newLoader(g, matchMap(s.GoalRevisionsByCollab)),
		Membership:          newLoader(g, matchByID(s.FindMembershipsByIDs, func(m *domain.Membership) int64 { return m.ID })),
		PersonMemberships:   newLoader(g, matchMap(s.MembershipsByPerson)),
		Commitments:         newLoader(g, matchMap(s.CommitmentsByMembership)),
		Commitment:          newLoader(g, matchByID(s.FindCommitmentsByIDs, func(c *domain.Commitment) int64 { return c.ID })),
		Fulfilment:          newLoader(g, matchMap(s.FulfilmentByCommitment)),
		MemberRecord:        newLoader(g, matchMap(s.RecordByMembership)),
		Totals:              newLoader(g, matchMap(s.TotalsByCollab)),
		Contribution:        newLoader(g, matchByID(s.FindContributionsByIDs, func(c *domain.Contribution) int64 { return c.ID })),
		Reversal:            newLoader(g, matchMap(s.ReversalsOf)),
		GiverRecord:         newLoader(g, matchMap(s.GiverRecordsByPerson)),

		Proposals: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Proposal], error) {
			return s.ProposalPagesByCollab(ctx, ids, deciding.ProposalFilter{Status: k.statuses(), PageArgs: k.args()})
		})),
		Proposal:      newLoader(g, matchByID(s.FindProposalsByIDs, func(p *domain.Proposal) int64 { return p.ID })),
		ProposalNeeds: newLoader(g, matchMap(s.NeedsOfProposals)),
		ProposalNeed:  newLoader(g, matchByID(s.FindProposalNeedsByIDs, func(n *domain.ProposalNeed) int64 { return n.ID })),
		Pledges:       newLoader(g, matchMap(s.PledgesOfNeeds)),
		Positions:     newLoader(g, matchMap(s.PositionsByProposal)),
		Standings:     newLoader(g, matchMap(s.StandingsByProposal)),
		ViewerBallot:  newLoader(g, matchMap(s.ViewerBallotsByProposal)),
		DecidedTimes:  newLoader(g, matchMap(s.DecidedTimesByCollab)),
		Position:      newLoader(g, matchByID(s.FindPositionsByIDs, func(p *domain.Position) int64 { return p.ID })),
		Comments: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Comment], error) {
			return s.CommentPagesByProposal(ctx, ids, k.args())
		})),
		Comment: newLoader(g, matchByID(s.FindCommentsByIDs, func(c *domain.Comment) int64 { return c.ID })),
		Threads: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Thread], error) {
			return s.ThreadPagesByCollab(ctx, ids, k.args())
		})),
		Thread: newLoader(g, matchByID(s.FindThreadsByIDs, func(t *domain.Thread) int64 { return t.ID })),
		Posts: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Post], error) {
			return s.PostPagesByThread(ctx, ids, k.args())
		})),
		BlockedByViewer: newLoader(g, matchMap(s.BlockedByViewer)),
		Suspension:      newLoader(g, matchMap(s.SuspensionsOf)),
		ReportPreview:   newLoader(g, matchReports(s.Previews)),
		ReportCount:     newLoader(g, matchReports(s.OpenReportCounts)),
		Post:            newLoader(g, matchByID(s.FindPostsByIDs, func(p *domain.Post) int64 { return p.ID })),
		PostRevisions:   newLoader(g, matchMap(s.RevisionsByPost)),
		Gatherings: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Gathering], error) {
			return s.GatheringPagesByCollab(ctx, ids, k.Status == "true", k.args())
		})),
		Gathering:        newLoader(g, matchByID(s.FindGatheringsByIDs, func(g *domain.Gathering) int64 { return g.ID })),
		RSVPCounts:       newLoader(g, matchMap(s.RSVPCountsByGathering)),
		ViewerRSVP:       newLoader(g, matchMap(s.ViewerRSVPs)),
		GatheringAnswers: newLoader(g, matchMap(s.RSVPsByGathering)),
		Attendances:      newLoader(g, matchMap(s.AttendancesByGathering)),
		Activity: newLoader(g, matchPages(func(ctx context.Context, ids []int64, k pageKey) (map[int64]*domain.Page[*domain.Activity], error) {
			return s.ActivityPagesByCollab(ctx, ids, k.args())
		})),
		CommitteeSignal: newLoader(g, matchMap(s.CommitteeSignals)),

		Person:             newLoader(g, matchByID(s.FindPeopleByIDs, func(p *domain.Person) int64 { return p.ID })),
		Value:              newLoader(g, matchByID(s.FindValuesByIDs, func(v *domain.Value) int64 { return v.ID })),
		PersonValue:        newLoader(g, matchByID(s.FindPersonValuesByIDs, func(pv *domain.PersonValue) int64 { return pv.ID })),
		PersonValues:       newLoader(g, matchMap(s.PersonValuesByPersonIDs)),
		HolderCount:        newLoader(g, matchMap(s.HolderCounts)),
		Outcomes:           newLoader(g, matchMap(s.OutcomesByCollab)),
		Outcome:            newLoader(g, matchByID(s.FindOutcomesByIDs, func(o *domain.Outcome) int64 { return o.ID })),
		OutcomeValueIDs:    newLoader(g, matchMap(s.OutcomeValueIDs)),
		Metric:             newLoader(g, matchByID(s.FindMetricsByIDs, func(m *domain.Metric) int64 { return m.ID })),
		Costs:              newLoader(g, matchMap(s.CostsByCollab)),
		ValueCosts:         newLoader(g, matchMap(s.CostsByValue)),
		NeedServes:         newLoader(g, matchMap(servedBy(s, domain.LinkNeed))),
		CommitmentServes:   newLoader(g, matchMap(servedBy(s, domain.LinkCommitment))),
		ContributionServes: newLoader(g, matchMap(servedBy(s, domain.LinkContribution))),
		OutcomeHistory:     newLoader(g, matchMap(s.RevisionsByOutcome)),
		Measurements:       newLoader(g, matchMap(s.MeasurementsByOutcome)),
		Latest:             newLoader(g, matchMap(s.LatestByOutcome)),
		Measurement:        newLoader(g, matchByID(s.FindMeasurementsByIDs, func(m *domain.Measurement) int64 { return m.ID })),
		Correction:         newLoader(g, matchMap(s.CorrectionsOf)),
		Attestations:       newLoader(g, matchMap(s.AttestationsByMeasurement)),
		CollabImpact:       newLoader(g, matchMap(s.ImpactByCollab)),
		PersonImpact:       newLoader(g, matchMap(s.ImpactByPerson)),
		ValueImpact:        newLoader(g, matchMap(s.ImpactByValue)),
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
	return LoaderMiddlewareQuiet(s, loaderQuiet, next)
}

// LoaderMiddlewareQuiet is LoaderMiddleware with the loaders' quiet time given: tests
// that count statements use a long one, so a busy machine cannot split a batch.
func LoaderMiddlewareQuiet(s *kindred.Services, quiet time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			// A websocket lives for hours: caches made now would serve stale rights. Its
			// resolvers make fresh loaders for each event instead.
			next.ServeHTTP(w, r)
			return
		}
		ctx := domain.WithRequestCache(r.Context())
		ctx = context.WithValue(ctx, loadersKey{}, NewLoaders(s, quiet))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersFrom returns the request's loaders, or fresh ones where no middleware set them.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Services, loaderQuiet)
}

// value loads a value: an approved one already read needs no batch, and so no wait for
// the rest of its wave.
func (r *Resolver) value(ctx context.Context, id int64) (*domain.Value, error) {
	if v := r.ApprovedValue(id); v != nil {
		return v, nil
	}
	return r.loaders(ctx).Value.Load(ctx, id)
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
