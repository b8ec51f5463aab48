package graph

import (
	"context"

	"kindred/domain"
	"kindred/domain/moderation"
	"kindred/graph/model"
	"kindred/graph/relay"
)

// shownBody is the body of a post or comment as the viewer may read it: empty while a
// steward hides it, unless the viewer is its author, a steward or an admin.
func (r *Resolver) shownBody(ctx context.Context, collabID, authorID int64, h domain.Hiding, body string) (string, error) {
	if !h.Hidden() {
		return body, nil
	}
	m, err := r.loaders(ctx).ViewerMembership.Load(ctx, collabID)
	if err != nil || !moderation.MayReadHidden(domain.ViewerFrom(ctx), m, authorID) {
		return "", err
	}
	return body, nil
}

// hiding returns h for the API, nil while shown.
func hiding(h domain.Hiding) *domain.Hiding {
	if !h.Hidden() {
		return nil
	}
	return &h
}

// viewerCanHide reports whether the viewer may hide or show again what belongs to
// collabID: one of its ACTIVE stewards, or an admin.
func (r *Resolver) viewerCanHide(ctx context.Context, collabID int64) (bool, error) {
	v := domain.ViewerFrom(ctx)
	if v == nil {
		return false, nil
	}
	if v.Role == domain.RoleAdmin {
		return true, nil
	}
	m, err := r.loaders(ctx).ViewerMembership.Load(ctx, collabID)
	return m != nil && m.Status == domain.MembershipActive && m.Role == domain.MembershipSteward, err
}

// reportTarget decodes the global ID of what is reported.
func reportTarget(gid string) (domain.ReportTarget, int64, error) {
	typ, id, ok := relay.Parse(gid)
	t, known := map[string]domain.ReportTarget{relay.TypePost: domain.ReportPost, relay.TypeComment: domain.ReportComment,
		relay.TypePerson: domain.ReportPerson, relay.TypeCollab: domain.ReportCollaboration}[typ]
	if !ok || !known {
		return "", 0, domain.Invalid("targetId", "%q is not the ID of a post, comment, person or collaboration.", gid)
	}
	return t, id, nil
}

// reportTargetID is the global ID of a report's target.
func reportTargetID(rp *domain.Report) string {
	typ := map[domain.ReportTarget]string{domain.ReportPost: relay.TypePost, domain.ReportComment: relay.TypeComment,
		domain.ReportPerson: relay.TypePerson, domain.ReportCollaboration: relay.TypeCollab}[rp.TargetType]
	return relay.ID(typ, rp.TargetID)
}

// accountPayload is the person after an account change, as the viewer may now see them.
func (r *Resolver) accountPayload(ctx context.Context, p *domain.Person, err error) (*model.AccountPayload, error) {
	if err != nil {
		return nil, err
	}
	if !domain.CanSee(domain.ViewerFrom(ctx), p) {
		return &model.AccountPayload{}, nil
	}
	return &model.AccountPayload{Person: p}, nil
}

// deref is *p, or the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
