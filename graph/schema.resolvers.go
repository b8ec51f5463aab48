package graph

import (
	"context"
	"kindred/domain"
	"kindred/graph/model"
	"kindred/graph/relay"
)

func (r *mutationResolver) SignUp(ctx context.Context, input model.SignUpInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Service.SignUp(ctx, domain.SignUpInput{Handle: input.Handle, DisplayName: input.DisplayName, Email: input.Email, Password: input.Password})
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) LogIn(ctx context.Context, input model.LogInInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Service.LogIn(ctx, input.Login, input.Password)
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) RefreshToken(ctx context.Context, input model.RefreshTokenInput) (*model.AuthPayload, error) {
	if err := checkCookieTransport(ctx, input.Transport); err != nil {
		return nil, err
	}
	s, err := r.Service.Refresh(ctx, refreshTokenFrom(ctx, input.RefreshToken))
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
	n, err := r.Service.LogOut(ctx, refreshTokenFrom(ctx, given))
	if err != nil {
		return nil, err
	}
	if cs := cookieSession(ctx); cs != nil && cs.SameOrigin() {
		cs.Clear()
	}
	return &model.LogOutPayload{SessionsEnded: n}, nil
}

func (r *mutationResolver) LogOutEverywhere(ctx context.Context) (*model.LogOutPayload, error) {
	n, err := r.Service.LogOutEverywhere(ctx)
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
	s, err := r.Service.ChangePassword(ctx, input.CurrentPassword, input.NewPassword)
	if err != nil {
		return nil, err
	}
	return deliver(ctx, s, input.Transport)
}

func (r *mutationResolver) UpdateProfile(ctx context.Context, input model.UpdateProfileInput) (*model.UpdateProfilePayload, error) {
	p, err := r.Service.UpdateProfile(ctx, domain.ProfileUpdate{
		Handle: input.Handle, DisplayName: input.DisplayName, Bio: input.Bio, Location: input.Location,
		Latitude: input.Latitude, Longitude: input.Longitude,
		ClearCoordinates: input.ClearCoordinates != nil && *input.ClearCoordinates,
		RemoteFriendly:   input.RemoteFriendly, Skills: input.Skills, SkillsSet: input.Skills != nil,
		Visibility: input.Visibility,
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
	pv, err := r.Service.SetMyValue(ctx, domain.SetMyValueInput{ValueID: id, Strength: input.Strength, Statement: input.Statement})
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
	pv, err := r.Service.RemoveMyValue(ctx, id)
	if err != nil {
		return nil, err
	}
	return &model.RemoveMyValuePayload{RemovedPersonValueID: relay.ID(relay.TypePersonValue, pv.ID), Person: domain.ViewerFrom(ctx)}, nil
}

func (r *mutationResolver) ProposeValue(ctx context.Context, input model.ProposeValueInput) (*model.ProposeValuePayload, error) {
	v, err := r.Service.ProposeValue(ctx, input.Name, input.Description)
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
	v, err := r.Service.ReviewValue(ctx, id, input.Decision == model.ReviewDecisionApprove, note)
	if err != nil {
		return nil, err
	}
	return &model.ReviewValuePayload{Value: v}, nil
}

func (r *personResolver) ID(ctx context.Context, obj *domain.Person) (string, error) {
	return relay.ID(relay.TypePerson, obj.ID), nil
}

func (r *personResolver) Email(ctx context.Context, obj *domain.Person) (*string, error) {
	if v := domain.ViewerFrom(ctx); v != nil && v.ID == obj.ID {
		return &obj.Email, nil
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
	pvs, err := r.loaders(ctx).PersonValues.Load(ctx, obj.ID)
	if pvs == nil {
		pvs = []*domain.PersonValue{}
	}
	return pvs, err
}

func (r *personValueResolver) ID(ctx context.Context, obj *domain.PersonValue) (string, error) {
	return relay.ID(relay.TypePersonValue, obj.ID), nil
}

func (r *personValueResolver) Person(ctx context.Context, obj *domain.PersonValue) (*domain.Person, error) {
	p, err := r.loaders(ctx).Person.Load(ctx, obj.PersonID)
	if err == nil && p == nil {
		err = domain.Errorf(domain.CodeNotFound, "The holder of this value is not visible to you.")
	}
	return p, err
}

func (r *personValueResolver) Value(ctx context.Context, obj *domain.PersonValue) (*domain.Value, error) {
	v, err := r.loaders(ctx).Value.Load(ctx, obj.ValueID)
	if err == nil && v == nil {
		err = domain.Errorf(domain.CodeNotFound, "This value is no longer in the catalog.")
	}
	return v, err
}

func (r *queryResolver) Viewer(ctx context.Context) (*domain.Person, error) {
	return domain.ViewerFrom(ctx), nil
}

func (r *queryResolver) Person(ctx context.Context, handle string) (*domain.Person, error) {
	return r.Service.FindPersonByHandle(ctx, handle)
}

func (r *queryResolver) Value(ctx context.Context, slug string) (*domain.Value, error) {
	return r.Service.FindValueBySlug(ctx, slug)
}

func (r *queryResolver) Values(ctx context.Context, search *string, status *domain.ValueStatus, first *int, after *string) (*model.ValueConnection, error) {
	f := domain.ValueFilter{First: first}
	if search != nil {
		f.Search = *search
	}
	if status != nil {
		f.Status = *status
	}
	if after != nil {
		f.After = *after
	}
	page, err := r.Service.FindValues(ctx, f)
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

func (r *valueResolver) ID(ctx context.Context, obj *domain.Value) (string, error) {
	return relay.ID(relay.TypeValue, obj.ID), nil
}

func (r *valueResolver) ProposedBy(ctx context.Context, obj *domain.Value) (*domain.Person, error) {
	if obj.ProposedByID == nil {
		return nil, nil
	}
	return r.loaders(ctx).Person.Load(ctx, *obj.ProposedByID)
}

func (r *valueResolver) HolderCount(ctx context.Context, obj *domain.Value) (int, error) {
	return r.loaders(ctx).HolderCount.Load(ctx, obj.ID)
}

func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

func (r *Resolver) Person() PersonResolver { return &personResolver{r} }

func (r *Resolver) PersonValue() PersonValueResolver { return &personValueResolver{r} }

func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

func (r *Resolver) Value() ValueResolver { return &valueResolver{r} }

type (
	mutationResolver    struct{ *Resolver }
	personResolver      struct{ *Resolver }
	personValueResolver struct{ *Resolver }
	queryResolver       struct{ *Resolver }
	valueResolver       struct{ *Resolver }
)
