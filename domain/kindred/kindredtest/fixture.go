package kindredtest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
	"kindred/domain/kindred"
)

// Fixture is the services over one test database with the steps most tests take: people
// signing up, a collaboration with needs, members joining by committing.
type Fixture struct {
	DB    *database.DB
	Svc   *kindred.Services
	Clock *clock.Manual
}

// NewFixture returns a fixture over db; its clock starts at Epoch.
func NewFixture(t testing.TB, db *database.DB) *Fixture {
	t.Helper()
	svc, clk := New(t, db)
	return &Fixture{DB: db, Svc: svc, Clock: clk}
}

// Password is every fixture person's password.
const Password = "a long passphrase" //nolint:gosec // G101: a test fixture's password, not a credential

// SignUp signs a person up with handle (email handle@example.org) and returns the session
// and a context signed in as them.
func (f *Fixture) SignUp(t testing.TB, handle string) (*accounts.Session, context.Context) {
	t.Helper()
	s, err := f.Svc.SignUp(context.Background(), accounts.SignUpInput{
		Handle: handle, DisplayName: strings.ToUpper(handle[:1]) + handle[1:], Email: handle + "@example.org", Password: Password,
	})
	if err != nil {
		t.Fatalf("sign up %s: %v", handle, err)
	}
	return s, domain.WithViewer(context.Background(), s.Person)
}

// Count counts the rows of model's table.
func (f *Fixture) Count(t testing.TB, model any) int64 {
	t.Helper()
	var n int64
	if err := f.DB.Model(model).Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// Values returns the first n values of the catalog.
func (f *Fixture) Values(t testing.TB, n int) []*domain.Value {
	t.Helper()
	page, err := f.Svc.FindValues(context.Background(), catalog.ValueFilter{First: &n})
	if err != nil || len(page.Values) != n {
		t.Fatalf("catalog: got %v, %v, want %d values", page, err, n)
	}
	return page.Values
}

// Hours is a commitment of h hours of time.
func Hours(h string) collab.CommitmentInput {
	return collab.CommitmentInput{Kind: domain.KindTime, Quantity: h, Description: "help"}
}

// NewCollab has steward create a collaboration with a 10-hour need and a 100 EUR need,
// committing 2 hours to the first.
func (f *Fixture) NewCollab(t testing.TB, steward context.Context) (*domain.Collaboration, []*domain.Need) {
	t.Helper()
	vals := f.Values(t, 2)
	zero := 0
	c, err := f.Svc.CreateCollaboration(steward, collab.CollaborationInput{
		Title: "Community fridge", Goal: "Rescue surplus food for the neighbourhood.",
		Values:   []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 5}, {ValueID: vals[1].ID, Weight: 2}},
		Location: "Rotterdam", Needs: []collab.NeedInput{
			{Kind: domain.KindTime, Quantity: "10", Skill: "Logistics"},
			{Kind: domain.KindMoney, Quantity: "100", Currency: "EUR"},
		},
		Commitment: Hours("2"), CommitmentNeedIndex: &zero,
	})
	if err != nil {
		t.Fatalf("create collaboration: %v", err)
	}
	needs, err := f.Svc.NeedsByCollab(steward, []int64{c.ID})
	if err != nil || len(needs[c.ID]) != 2 {
		t.Fatalf("needs: got %v, %v", needs, err)
	}
	return c, needs[c.ID]
}

// Membership returns p's membership of c.
func (f *Fixture) Membership(t testing.TB, c *domain.Collaboration, p *domain.Person) *domain.Membership {
	t.Helper()
	var m domain.Membership
	if err := f.DB.Where("collaboration_id = ? AND person_id = ?", c.ID, p.ID).First(&m).Error; err != nil {
		t.Fatalf("membership of %s: %v", p.Handle, err)
	}
	return &m
}

// CommitmentsOf returns m's commitments, oldest first.
func (f *Fixture) CommitmentsOf(t testing.TB, m *domain.Membership) []domain.Commitment {
	t.Helper()
	var cs []domain.Commitment
	if err := f.DB.Where("membership_id = ?", m.ID).Order("id").Find(&cs).Error; err != nil {
		t.Fatal(err)
	}
	return cs
}

// Join has member ask to join c with commits and steward approve.
func (f *Fixture) Join(t testing.TB, steward, member context.Context, c *domain.Collaboration, commits ...collab.CommitmentInput) *domain.Membership {
	t.Helper()
	m, err := f.Svc.RequestToJoin(member, c.ID, commits)
	if err != nil {
		t.Fatalf("request to join: %v", err)
	}
	if m, err = f.Svc.ApproveMember(steward, m.ID); err != nil {
		t.Fatalf("approve: %v", err)
	}
	return m
}

// Ptr returns a pointer to v.
func Ptr[T any](v T) *T { return &v }

// WantCode fails the test unless err has code want.
func WantCode(t testing.TB, err error, want domain.Code) {
	t.Helper()
	if got := domain.ErrorCode(err); got != want {
		t.Fatalf("got error %v (code %q), want code %s", err, got, want)
	}
}

// WantField fails the test unless err is BAD_USER_INPUT about field.
func WantField(t testing.TB, err error, field string) {
	t.Helper()
	WantCode(t, err, domain.CodeInvalid)
	var de *domain.Error
	if !errors.As(err, &de) || de.Field != field {
		t.Fatalf("got error %v, want one about %s", err, field)
	}
}

// Scene is one collaboration and the people around it: amara its steward, bo an active
// member, dee who asked to join and waits, and cy who is not in it.
type Scene struct {
	*Fixture
	C                          *domain.Collaboration
	Steward, Bo, Dee, Stranger context.Context
	BoMember, DeeMember        *domain.Membership
}

// NewScene builds a Scene over db.
func NewScene(t testing.TB, db *database.DB) *Scene {
	t.Helper()
	s := &Scene{Fixture: NewFixture(t, db)}
	_, s.Steward = s.SignUp(t, "amara")
	s.C, _ = s.NewCollab(t, s.Steward)
	_, s.Bo = s.SignUp(t, "bo-chen")
	_, s.Dee = s.SignUp(t, "dee-ra")
	_, s.Stranger = s.SignUp(t, "cy-ra")
	s.BoMember = s.Join(t, s.Steward, s.Bo, s.C, Hours("2"))
	var err error
	if s.DeeMember, err = s.Svc.RequestToJoin(s.Dee, s.C.ID, []collab.CommitmentInput{Hours("1")}); err != nil {
		t.Fatal(err)
	}
	return s
}
