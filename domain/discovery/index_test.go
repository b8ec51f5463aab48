package discovery

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"kindred/auth"
	"kindred/clock"
	"kindred/clock/clocktest"
	"kindred/database"
	"kindred/database/dbtest"
	"kindred/domain"
	"kindred/domain/accounts"
	"kindred/domain/catalog"
	"kindred/domain/collab"
)

// snapshot renders an index's people and lists canonically, for comparison.
func (x *PersonIndex) snapshot() string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var lines []string
	for id, slot := range x.slotOf {
		p := x.person(slot)
		lines = append(lines, fmt.Sprintf("person %d %s %s %s %v %v %s %v %v %d", id, p.handle, p.name, p.location, p.skills, p.remote, p.visibility, p.suspended, p.values, p.sum))
		lines = append(lines, fmt.Sprintf("slot of %d: id %d sum %d flags %d place %s", id, x.ids[slot], x.sums[slot], x.flags[slot], x.locs[x.locOf[slot]]))
	}
	// The planes and flag bits, read back slot by slot, free slots too: what they say
	// must equal a fresh build's.
	for n, planes := range x.planes {
		var entries []string
		for slot, id := range x.ids {
			s, w, bit := 0, slotWord(int32(slot)), slotBit(int32(slot))
			for b := range planeCount {
				if planes[w*planeCount+b]&bit != 0 {
					s |= 1 << b
				}
			}
			if s > 0 {
				entries = append(entries, fmt.Sprintf("%d/%d", id, s))
			}
		}
		slices.Sort(entries)
		if len(entries) > 0 {
			lines = append(lines, fmt.Sprintf("value %d %v", x.valueIDs[n], entries))
		}
	}
	for slot, f := range x.flags {
		var bits uint8
		for i := range flagWords {
			if x.flagBits[slotWord(int32(slot))*flagWords+i]&slotBit(int32(slot)) != 0 {
				bits |= 1 << i
			}
		}
		if bits != f {
			lines = append(lines, fmt.Sprintf("slot %d: flag bits %d, flags %d", slot, bits, f))
		}
	}
	for n, list := range x.skillSlots {
		var ids []string
		for _, slot := range list {
			ids = append(ids, fmt.Sprint(x.ids[slot]))
		}
		slices.Sort(ids)
		if len(ids) > 0 {
			lines = append(lines, fmt.Sprintf("skill %s %v", x.skills[n], ids))
		}
	}
	for slot, id := range x.ids {
		if id != 0 && x.slotOf[id] != int32(slot) {
			lines = append(lines, fmt.Sprintf("slot %d holds %d, not its person's", slot, id))
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func (x *CollabIndex) snapshot() string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var lines []string
	for id, c := range x.byID {
		skills := slices.Clone(c.needSkills)
		slices.Sort(skills)
		lines = append(lines, fmt.Sprintf("%d %s %s %s %s %v %v %d %v", id, c.title, c.status, c.visibility, c.location, c.remote, c.values, c.sum, skills))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// world is discovery with the capabilities that change what it indexes.
type world struct {
	*Discovery
	accounts *accounts.Accounts
	catalog  *catalog.Catalog
	collab   *collab.Collabs
}

func newWorld(db *database.DB, clk clock.Clock, signer *auth.Signer) *world {
	core := domain.NewCore(db.DB, clk)
	w := &world{accounts: accounts.New(core, signer), collab: collab.New(core)}
	w.catalog = catalog.New(core, w.accounts)
	w.Discovery = New(core, w.catalog)
	return w
}

// TestIndexStaysExact makes every kind of change and compares the live indexes with
// ones built fresh from the database after each.
func TestIndexStaysExact(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		clock := clocktest.New()
		signer, _ := auth.NewSigner([]byte(strings.Repeat("k", 32)), clock.Now)
		svc := newWorld(db, clock, signer)
		ctx := context.Background()
		if err := svc.BuildIndexes(ctx); err != nil {
			t.Fatal(err)
		}
		check := func(step string) {
			t.Helper()
			fresh := newWorld(db, clock, signer)
			if err := fresh.BuildIndexes(ctx); err != nil {
				t.Fatal(err)
			}
			if got, want := svc.idx.people.snapshot(), fresh.idx.people.snapshot(); got != want {
				t.Errorf("after %s, people index:\ngot  %s\nwant %s", step, got, want)
			}
			if got, want := svc.idx.collabs.snapshot(), fresh.idx.collabs.snapshot(); got != want {
				t.Errorf("after %s, collaboration index:\ngot  %s\nwant %s", step, got, want)
			}
		}
		signUp := func(h string) context.Context {
			s, err := svc.accounts.SignUp(ctx, accounts.SignUpInput{Handle: h, DisplayName: h, Email: h + "@example.org", Password: "a long passphrase"})
			if err != nil {
				t.Fatal(err)
			}
			return domain.WithViewer(ctx, s.Person)
		}
		amara := signUp("amara")
		check("a person joins")
		var vals []*domain.Value
		db.Order("id").Limit(3).Find(&vals)
		must := func(_ any, err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(svc.catalog.SetMyValue(amara, catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: 4}))
		must(svc.catalog.SetMyValue(amara, catalog.SetMyValueInput{ValueID: vals[1].ID, Strength: 2}))
		check("values added")
		must(svc.catalog.SetMyValue(amara, catalog.SetMyValueInput{ValueID: vals[0].ID, Strength: 1}))
		check("a value re-rated")
		must(svc.catalog.RemoveMyValue(amara, vals[1].ID))
		check("a value removed")
		priv, place, remote := domain.VisibilityPrivate, "Lisbon", true
		must(svc.accounts.UpdateProfile(amara, accounts.ProfileUpdate{Visibility: &priv, Location: &place, RemoteFriendly: &remote, Skills: []string{"Design"}, SkillsSet: true}))
		check("profile made private")
		c, err := svc.collab.CreateCollaboration(amara, collab.CollaborationInput{Title: "Fridge", Goal: "Rescue food for all.", Remote: true,
			Values: []collab.ValueWeight{{ValueID: vals[2].ID, Weight: 3}}, Needs: []collab.NeedInput{{Kind: domain.KindTime, Quantity: "2", Skill: "cooking"}},
			Commitment: collab.CommitmentInput{Kind: domain.KindTime, Quantity: "1"}})
		must(c, err)
		check("a collaboration created")
		bo := signUp("bo-chen")
		var need domain.Need
		db.Where("collaboration_id = ?", c.ID).First(&need)
		m, err := svc.collab.RequestToJoin(bo, c.ID, []collab.CommitmentInput{{Kind: domain.KindTime, Quantity: "2", NeedID: &need.ID}})
		must(m, err)
		must(svc.collab.ApproveMember(amara, m.ID))
		check("a need filled")
		must(svc.collab.SetCollaborationStatus(amara, c.ID, domain.CollaborationActive))
		must(svc.collab.UpdateCollaboration(amara, c.ID, collab.CollaborationUpdate{Values: []collab.ValueWeight{{ValueID: vals[0].ID, Weight: 5}}}))
		check("a collaboration changed")
	})
}

// TestPersonTableChurn replaces people over and over, compacting the arenas often, and
// compares the table with one built fresh from the same people after each step.
func TestPersonTableChurn(t *testing.T) {
	defer func(n int) { compactMin = n }(compactMin)
	compactMin = 0
	r := rand.New(rand.NewPCG(3, 4))
	skills := []string{"design", "cooking", "python"}
	places := []string{"rotterdam", "lisbon", ""}
	vis := []domain.Visibility{domain.VisibilityPublic, domain.VisibilityMembers, domain.VisibilityPrivate}
	person := func(id int64) *indexedPerson {
		p := &indexedPerson{id: id, handle: fmt.Sprintf("h%d-%d", id, r.IntN(100)), name: strings.Repeat("n", r.IntN(20)),
			location: places[r.IntN(len(places))], remote: r.IntN(2) == 0, visibility: vis[r.IntN(len(vis))], suspended: r.IntN(5) == 0}
		for _, sk := range skills {
			if r.IntN(2) == 0 {
				p.skills = append(p.skills, sk)
			}
		}
		for v := int64(1); v <= 6; v++ {
			if r.IntN(2) == 0 {
				s := 1 + r.IntN(5)
				p.values, p.sum = append(p.values, domain.Strength{ValueID: v * 10, Strength: s}), p.sum+s
			}
		}
		return p
	}
	live := &PersonIndex{personTable: newPersonTable()}
	people := map[int64]*indexedPerson{}
	for id := int64(1); id <= 30; id++ {
		people[id] = person(id)
		if err := live.put(people[id]); err != nil {
			t.Fatal(err)
		}
	}
	for step := range 300 {
		id := 1 + r.Int64N(40)
		if slot, ok := live.slotOf[id]; ok {
			live.remove(slot)
			delete(people, id)
		}
		if r.IntN(4) != 0 {
			people[id] = person(id)
			if err := live.put(people[id]); err != nil {
				t.Fatal(err)
			}
		}
		live.compact()
		fresh := &PersonIndex{personTable: newPersonTable()}
		for id := range people {
			if err := fresh.put(people[id]); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := live.snapshot(), fresh.snapshot(); got != want {
			t.Fatalf("step %d:\ngot  %s\nwant %s", step, got, want)
		}
	}
}
