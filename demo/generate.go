package demo

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"gorm.io/gorm"

	"kindred/clock"
	"kindred/domain"
)

// GenerateOptions says how large a generated community is and how it is made.
type GenerateOptions struct {
	People int
	// Seed makes the data deterministic: the same seed gives the same community.
	Seed uint64
	// PasswordHash is shared by every generated person (hashing each would take hours).
	PasswordHash string
	Now          time.Time
	// Progress, if set, receives a progress bar (Terminal) or a line per step.
	Progress io.Writer
	Terminal bool
}

// GenerateSummary counts what Generate created.
type GenerateSummary struct {
	People, PersonValues, Collaborations, Memberships, Commitments, Contributions int
}

var (
	firstNames = []string{"Ada", "Bo", "Chidi", "Dara", "Eli", "Femi", "Gia", "Hana", "Ivo", "Jun", "Kemal", "Lena", "Mira", "Nils",
		"Olu", "Pia", "Quinn", "Rosa", "Sami", "Tove", "Uma", "Vik", "Wren", "Xia", "Yara", "Zeno"}
	lastNames = []string{"Adeyemi", "Berg", "Costa", "Dubois", "Eriksen", "Fofana", "Garcia", "Haddad", "Ito", "Jansen", "Kowalski",
		"Lindqvist", "Mensah", "Novak", "Okafor", "Peeters", "Quispe", "Rossi", "Silva", "Tanaka", "Usman", "Virtanen", "Weber", "Yilmaz"}
	genSkills = []string{"design", "cooking", "python", "bookkeeping", "carpentry", "teaching", "translation", "gardening",
		"grant writing", "logistics", "photography", "first aid", "legal advice", "event planning", "plumbing", "writing"}
	genPlaces = []struct {
		name     string
		lat, lng float64
	}{{"Rotterdam", 51.92, 4.48}, {"Lisbon", 38.72, -9.14}, {"Porto", 41.15, -8.61}, {"Berlin", 52.52, 13.40}, {"Nairobi", -1.29, 36.82},
		{"Barcelona", 41.39, 2.17}, {"Lagos", 6.52, 3.38}, {"Montréal", 45.50, -73.57}, {"Utrecht", 52.09, 5.12}, {"Accra", 5.60, -0.19}}
)

// Generate adds a large, deterministic community for benchmarks: people with about
// eight values each (some values far more popular than others), skills and places, and
// one collaboration per twenty people with ten members, needs, binding commitments and
// a confirmed contribution each. Rows go in in batches, in one transaction per step.
func Generate(ctx context.Context, db *gorm.DB, o GenerateOptions) (*GenerateSummary, error) {
	if o.People <= 0 || o.PasswordHash == "" {
		return nil, fmt.Errorf("generate: people must be positive and a password hash given")
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x6b696e64))
	now := o.Now.UTC().Truncate(time.Second)
	var values []domain.Value
	if err := db.WithContext(ctx).Where("status = ?", domain.ValueApproved).Order("id").Find(&values).Error; err != nil {
		return nil, fmt.Errorf("generate: values: %w", err)
	}
	sum := &GenerateSummary{}
	bar := newProgress(o.Progress, o.Terminal, o.People)
	const batch = 2000
	people := make([]domain.Person, 0, batch)
	pvs := make([]domain.PersonValue, 0, batch*8)
	var ids []int64
	flush := func() error {
		if len(people) == 0 {
			return nil
		}
		err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			if err := tx.CreateInBatches(&people, 1000).Error; err != nil {
				return err
			}
			for i := range pvs {
				pvs[i].PersonID = people[pvs[i].PersonID].ID // PersonID held the index in people
			}
			return tx.CreateInBatches(&pvs, 5000).Error
		})
		if err != nil {
			return fmt.Errorf("generate: people: %w", err)
		}
		for _, p := range people {
			ids = append(ids, p.ID)
		}
		sum.People += len(people)
		sum.PersonValues += len(pvs)
		bar.step(sum.People)
		people, pvs = people[:0], pvs[:0]
		return nil
	}
	for i := range o.People {
		first, last := firstNames[r.IntN(len(firstNames))], lastNames[r.IntN(len(lastNames))]
		handle := fmt.Sprintf("%s-%s-%d-%d", strings.ToLower(first), strings.ToLower(last), o.Seed, i)
		place := genPlaces[r.IntN(len(genPlaces))]
		vis := domain.VisibilityPublic
		switch x := r.IntN(20); {
		case x == 0:
			vis = domain.VisibilityPrivate
		case x <= 2:
			vis = domain.VisibilityMembers
		}
		skills := []string{genSkills[r.IntN(len(genSkills))]}
		if r.IntN(2) == 0 {
			if s := genSkills[r.IntN(len(genSkills))]; s != skills[0] {
				skills = append(skills, s)
			}
		}
		lat, lng := place.lat, place.lng
		people = append(people, domain.Person{Handle: handle, DisplayName: first + " " + last, Email: handle + "@example.org",
			PasswordHash: o.PasswordHash, Bio: "Generated for benchmarks.", Location: place.name, Latitude: &lat, Longitude: &lng,
			RemoteFriendly: r.IntN(3) > 0, Skills: skills, Visibility: vis, Role: domain.RoleMember, CreatedAt: now, UpdatedAt: now})
		// About eight values, drawn with a skew: the first values of the catalog are the
		// most popular, as in life some values are held far more widely than others.
		n := 6 + r.IntN(5)
		seen := map[int]bool{}
		for len(seen) < n {
			k := int(float64(len(values)) * r.Float64() * r.Float64())
			if seen[k] {
				continue
			}
			seen[k] = true
			pvs = append(pvs, domain.PersonValue{PersonID: int64(len(people) - 1), ValueID: values[k].ID, Strength: 1 + r.IntN(5), CreatedAt: now, UpdatedAt: now})
		}
		if len(people) == batch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if err := generateCollaborations(ctx, db, r, values, ids, now, sum); err != nil {
		return nil, err
	}
	bar.done()
	return sum, nil
}

// generateCollaborations makes one collaboration per twenty people, each with ten
// ACTIVE members who committed and contributed.
func generateCollaborations(ctx context.Context, db *gorm.DB, r *rand.Rand, values []domain.Value, ids []int64, now time.Time, sum *GenerateSummary) error {
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for g := 0; g+20 <= len(ids); g += 20 {
			group := ids[g : g+20]
			creator := group[r.IntN(len(group))]
			place := genPlaces[r.IntN(len(genPlaces))]
			status := domain.CollaborationActive
			if r.IntN(4) == 0 {
				status = domain.CollaborationForming
			}
			c := domain.Collaboration{Slug: fmt.Sprintf("generated-%d-%d", creator, g), Title: fmt.Sprintf("%s %s circle", place.name, genSkills[r.IntN(len(genSkills))]),
				Goal: "A generated collaboration for benchmarks.", Status: status, Visibility: domain.VisibilityPublic, Location: place.name,
				Remote: r.IntN(2) == 0, CreatedByID: creator, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(&c).Error; err != nil {
				return fmt.Errorf("generate: collaboration: %w", err)
			}
			sum.Collaborations++
			cvs := []domain.CollaborationValue{}
			for _, k := range r.Perm(len(values))[:2+r.IntN(3)] {
				cvs = append(cvs, domain.CollaborationValue{CollaborationID: c.ID, ValueID: values[k].ID, Weight: 1 + r.IntN(5), CreatedAt: now})
			}
			if err := tx.Create(&cvs).Error; err != nil {
				return err
			}
			if err := tx.Create(&domain.GoalRevision{CollaborationID: c.ID, Goal: c.Goal, SetByID: creator, CreatedAt: now}).Error; err != nil {
				return err
			}
			need := domain.Need{CollaborationID: c.ID, Kind: domain.KindSkill, Quantity: int64(2000 + r.IntN(4000)), Unit: domain.HourUnit,
				Skill: genSkills[r.IntN(len(genSkills))], Description: "Generated need.", CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(&need).Error; err != nil {
				return err
			}
			members := []int64{creator}
			for _, k := range r.Perm(len(group)) {
				if len(members) == 10 {
					break
				}
				if group[k] != creator {
					members = append(members, group[k])
				}
			}
			for i, pid := range members {
				role := domain.MembershipMember
				if i == 0 {
					role = domain.MembershipSteward
				}
				m := domain.Membership{CollaborationID: c.ID, PersonID: pid, Role: role, Status: domain.MembershipActive, CreatedAt: now, UpdatedAt: now}
				if err := tx.Create(&m).Error; err != nil {
					return err
				}
				bound := now
				cm := domain.Commitment{CollaborationID: c.ID, MembershipID: m.ID, PersonID: pid, NeedID: &need.ID, Kind: domain.KindSkill,
					Quantity: int64(100 * (1 + r.IntN(10))), Unit: domain.HourUnit, Description: "Generated commitment.",
					ConditionKind: domain.ConditionNone, Status: domain.CommitmentBinding, BoundAt: &bound, CreatedAt: now, UpdatedAt: now}
				if err := tx.Create(&cm).Error; err != nil {
					return err
				}
				confirmer := members[(i+1)%len(members)]
				e := domain.Contribution{CollaborationID: c.ID, PersonID: pid, CommitmentID: &cm.ID, Kind: cm.Kind, Quantity: cm.Quantity / 2,
					Unit: cm.Unit, Note: "Generated contribution.", OccurredAt: now.AddDate(0, 0, -r.IntN(60)), ConfirmedByID: &confirmer,
					ConfirmedAt: &bound, CreatedAt: now}
				if err := tx.Create(&e).Error; err != nil {
					return err
				}
				sum.Memberships++
				sum.Commitments++
				sum.Contributions++
			}
		}
		return nil
	})
}

// progress draws a bar on a terminal, or a line every tenth, elsewhere.
type progress struct {
	w        io.Writer
	terminal bool
	total    int
	last     int
	watch    clock.Stopwatch
}

func newProgress(w io.Writer, terminal bool, total int) *progress {
	return &progress{w: w, terminal: terminal, total: total, watch: clock.Start()}
}

func (p *progress) step(done int) {
	if p.w == nil {
		return
	}
	if p.terminal {
		width := 30
		filled := width * done / p.total
		fmt.Fprintf(p.w, "\rpeople [%s%s] %d/%d  %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, p.total,
			p.watch.Elapsed().Round(time.Second))
		return
	}
	if done*10/p.total > p.last*10/p.total || done == p.total {
		fmt.Fprintf(p.w, "people: %d/%d after %s\n", done, p.total, p.watch.Elapsed().Round(time.Second))
	}
	p.last = done
}

func (p *progress) done() {
	if p.w != nil && p.terminal {
		fmt.Fprintln(p.w)
	}
}
