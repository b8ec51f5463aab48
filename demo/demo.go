// Package demo fills an empty Kindred database with a small, believable community: about
// thirty people whose values overlap in clusters, five collaborations at different stages,
// and the commitments, ledger entries, outcomes, proposals and activity that go with them.
// Every date is relative to the time Load is given, so the demo always looks current.
package demo

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"gorm.io/gorm"

	"kindred/domain"
)

// DemoHandle is the handle of the person to sign in as when trying the demo.
const DemoHandle = "amara"

// DemoPassword is the password of every demo person; the caller hashes it for Load.
const DemoPassword = "kindred-demo-2026"

// ErrNotEmpty is returned by Load when the database already has people in it.
var ErrNotEmpty = errors.New("demo: the database already has people; demo data is only loaded into an empty one")

// Summary counts what Load created.
type Summary struct {
	People         int
	Collaborations int
	Memberships    int
	Commitments    int
	Contributions  int
	Outcomes       int
	Measurements   int
	DemoHandle     string
}

// Load fills an empty database with a small, believable demo community. It returns
// ErrNotEmpty (and does nothing) when the people table already has rows. Everything
// happens in one transaction. now is the current time that all dates are relative to;
// passwordHash is the hash of DemoPassword that every demo person gets.
func Load(ctx context.Context, db *gorm.DB, now time.Time, passwordHash string) (*Summary, error) {
	if passwordHash == "" {
		return nil, errors.New("demo: a password hash is required")
	}
	var sum *Summary
	err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		if err := tx.Model(&domain.Person{}).Count(&n).Error; err != nil {
			return fmt.Errorf("demo: count people: %w", err)
		}
		if n > 0 {
			return ErrNotEmpty
		}
		l := &loader{
			tx:        tx,
			now:       now.UTC().Truncate(time.Second),
			hash:      passwordHash,
			people:    map[string]int64{},
			values:    map[string]int64{},
			active:    map[int64]map[int64]bool{},
			committed: map[int64]bool{},
		}
		l.loadValues()
		l.loadPeople()
		l.fridge()
		l.streetTrees()
		l.repairAtlas()
		l.codeClub()
		l.solarRoof()
		l.checkActiveCommitted()
		l.flushActivities()
		if l.err != nil {
			return l.err
		}
		l.sum.DemoHandle = DemoHandle
		sum = &l.sum
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sum, nil
}

// loader builds the demo inside one transaction. The first error stops every later
// step, so the builders read as plain lists of facts.
type loader struct {
	tx     *gorm.DB
	now    time.Time
	hash   string
	people map[string]int64 // handle → id
	values map[string]int64 // slug → id
	// active holds, per collaboration, the people who are ACTIVE members.
	active            map[int64]map[int64]bool
	activeMemberships []*domain.Membership
	// committed holds the memberships that have at least one live commitment.
	committed map[int64]bool
	acts      []domain.Activity
	sum       Summary
	err       error
}

// ago is the time days before now; in is the time days after it.
func (l *loader) ago(days float64) time.Time {
	return l.now.Add(-time.Duration(days * float64(24*time.Hour)))
}

func (l *loader) in(days float64) time.Time { return l.ago(-days) }

func ptr[T any](v T) *T { return &v }

func (l *loader) fail(format string, args ...any) {
	if l.err == nil {
		l.err = fmt.Errorf("demo: "+format, args...)
	}
}

func (l *loader) create(what string, v any) {
	if l.err != nil {
		return
	}
	if err := l.tx.Create(v).Error; err != nil {
		l.err = fmt.Errorf("demo: create %s: %w", what, err)
	}
}

// person returns the id of the demo person with handle h.
func (l *loader) person(h string) int64 {
	id, ok := l.people[h]
	if !ok && l.err == nil {
		l.fail("no demo person %q", h)
	}
	return id
}

// value returns the id of the catalog value with slug s.
func (l *loader) value(s string) int64 {
	id, ok := l.values[s]
	if !ok && l.err == nil {
		l.fail("value %q is not in the catalog", s)
	}
	return id
}

func (l *loader) loadValues() {
	var vs []domain.Value
	if err := l.tx.Find(&vs).Error; err != nil {
		l.err = fmt.Errorf("demo: read the values catalog: %w", err)
		return
	}
	for _, v := range vs {
		l.values[v.Slug] = v.ID
	}
}

// activity queues an activity entry; they are written in time order at the end so that
// a feed read by id is also chronological.
// collabID 0 means an entry that belongs to no collaboration.
func (l *loader) activity(collabID, actor int64, verb, subjectType string, subjectID int64, at time.Time) {
	a := domain.Activity{ActorID: ptr(actor), Verb: verb, SubjectType: subjectType, SubjectID: subjectID, CreatedAt: at}
	if collabID != 0 {
		a.CollaborationID = ptr(collabID)
	}
	l.acts = append(l.acts, a)
}

func (l *loader) flushActivities() {
	if l.err != nil {
		return
	}
	sort.SliceStable(l.acts, func(i, j int) bool { return l.acts[i].CreatedAt.Before(l.acts[j].CreatedAt) })
	for i := range l.acts {
		if l.acts[i].CreatedAt.After(l.now) {
			l.fail("activity %s dated in the future", l.acts[i].Verb)
			return
		}
	}
	if len(l.acts) > 0 {
		l.create("activities", &l.acts)
	}
	// What the history told people; what is more than two days old they have read.
	if l.err == nil {
		if err := domain.NotifyForHistory(l.tx, l.acts, l.ago(2)); err != nil {
			l.err = fmt.Errorf("demo: notifications: %w", err)
		}
	}
}

// checkActiveCommitted enforces the rule that an ACTIVE membership has a commitment.
func (l *loader) checkActiveCommitted() {
	for _, m := range l.activeMemberships {
		if !l.committed[m.ID] && l.err == nil {
			l.fail("active membership %d of person %d has no commitment", m.ID, m.PersonID)
		}
	}
}

// weighted is a value and its weight (for collaborations) or strength (for people).
type weighted struct {
	slug   string
	weight int
}

// collabSpec describes a collaboration to create.
type collabSpec struct {
	slug, title, goal string
	status            domain.CollaborationStatus
	visibility        domain.Visibility
	place             place
	remote            bool
	startsAt, endsAt  *time.Time
	creator           string
	createdAt         time.Time
	updatedAt         time.Time
	values            []weighted
}

// collaboration creates a collaboration with its values and first goal revision.
func (l *loader) collaboration(s collabSpec) *domain.Collaboration {
	creator := l.person(s.creator)
	updated := s.updatedAt
	if updated.IsZero() {
		updated = s.createdAt
	}
	c := &domain.Collaboration{
		Slug: s.slug, Title: s.title, Goal: s.goal, Status: s.status, Visibility: s.visibility,
		Location: s.place.name, Remote: s.remote, StartsAt: s.startsAt, EndsAt: s.endsAt,
		CreatedByID: creator, CreatedAt: s.createdAt, UpdatedAt: updated,
	}
	if s.place.geo {
		c.Latitude, c.Longitude = ptr(s.place.lat), ptr(s.place.lng)
	}
	l.create("collaboration "+s.slug, c)
	l.sum.Collaborations++
	for _, w := range s.values {
		cv := &domain.CollaborationValue{CollaborationID: c.ID, ValueID: l.value(w.slug), Weight: w.weight, CreatedAt: s.createdAt}
		l.create("collaboration value", cv)
	}
	gr := &domain.GoalRevision{CollaborationID: c.ID, Goal: s.goal, SetByID: creator, CreatedAt: s.createdAt}
	l.create("goal revision", gr)
	l.active[c.ID] = map[int64]bool{}
	l.activity(c.ID, creator, "collaboration.created", "Collaboration", c.ID, s.createdAt)
	return c
}

// member adds a person to a collaboration. invitedBy is the inviting steward's handle
// for INVITED memberships and empty otherwise.
func (l *loader) member(c *domain.Collaboration, handle string, role domain.MembershipRole, status domain.MembershipStatus, at time.Time, invitedBy string) *domain.Membership {
	pid := l.person(handle)
	m := &domain.Membership{CollaborationID: c.ID, PersonID: pid, Role: role, Status: status, CreatedAt: at, UpdatedAt: at}
	actor, verb := pid, ""
	switch status {
	case domain.MembershipActive:
		verb = "membership.joined"
	case domain.MembershipRequested:
		verb = "membership.requested"
	case domain.MembershipInvited:
		verb = "membership.invited"
		actor = l.person(invitedBy)
		m.InvitedByID = ptr(actor)
	}
	l.create("membership", m)
	l.sum.Memberships++
	if status == domain.MembershipActive {
		l.active[c.ID][pid] = true
		l.activeMemberships = append(l.activeMemberships, m)
	}
	if verb != "" && pid != c.CreatedByID {
		l.activity(c.ID, actor, verb, "Membership", m.ID, at)
	}
	return m
}

// need records something the collaboration lacks. Quantities are in the unit's
// smallest step (see unitOf).
func (l *loader) need(c *domain.Collaboration, kind domain.ResourceKind, qty int64, unit, skill, desc string, filled bool, at time.Time) *domain.Need {
	unit, currency := unitOf(kind, unit)
	n := &domain.Need{
		CollaborationID: c.ID, Kind: kind, Quantity: qty, Unit: unit, Currency: currency,
		Skill: skill, Description: desc, Filled: filled, CreatedAt: at, UpdatedAt: at,
	}
	l.create("need", n)
	l.activity(c.ID, c.CreatedByID, "need.added", "Need", n.ID, at)
	return n
}

// unitOf returns the unit and currency of a kind: hours (in hundredths) for TIME and
// SKILL, euro cents for MONEY, and the given count word for IN_KIND and GOODWILL.
func unitOf(kind domain.ResourceKind, unit string) (string, string) {
	switch kind {
	case domain.KindTime, domain.KindSkill:
		return "hours", ""
	case domain.KindMoney:
		return "EUR", "EUR"
	}
	return unit, ""
}

// pledge describes a commitment.
type pledge struct {
	kind      domain.ResourceKind
	qty       int64
	unit      string // IN_KIND and GOODWILL only
	desc      string
	due       *time.Time
	need      *domain.Need
	status    domain.CommitmentStatus
	threshold int    // > 0: PENDING until this many members are ACTIVE
	estimated *int64 // estimated worth in euro cents, IN_KIND only; currency stays empty so totals group with the need
	at        time.Time
}

// commit records a member's commitment.
func (l *loader) commit(m *domain.Membership, p pledge) *domain.Commitment {
	unit, currency := unitOf(p.kind, p.unit)
	cm := &domain.Commitment{
		CollaborationID: m.CollaborationID, MembershipID: m.ID, PersonID: m.PersonID,
		Kind: p.kind, Quantity: p.qty, Unit: unit, Currency: currency, EstimatedValue: p.estimated,
		Description: p.desc, DueAt: p.due, ConditionKind: domain.ConditionNone, Status: p.status,
		CreatedAt: p.at, UpdatedAt: p.at,
	}
	if p.need != nil {
		cm.NeedID = ptr(p.need.ID)
	}
	if p.threshold > 0 {
		cm.ConditionKind = domain.ConditionMembers
		cm.ConditionThreshold = ptr(p.threshold)
	}
	if p.status == domain.CommitmentBinding {
		cm.BoundAt = ptr(p.at)
	}
	l.create("commitment", cm)
	l.sum.Commitments++
	if p.status == domain.CommitmentPending || p.status == domain.CommitmentBinding {
		l.committed[m.ID] = true
	}
	l.activity(m.CollaborationID, m.PersonID, "commitment.made", "Commitment", cm.ID, p.at)
	return cm
}

// give logs a contribution against a commitment. confirmer is the handle of another
// ACTIVE member who confirmed it a day later, or empty for an unconfirmed entry.
func (l *loader) give(cm *domain.Commitment, qty int64, note string, at time.Time, confirmer string) *domain.Contribution {
	if !l.active[cm.CollaborationID][cm.PersonID] {
		l.fail("person %d contributes to collaboration %d without being an active member", cm.PersonID, cm.CollaborationID)
	}
	c := &domain.Contribution{
		CollaborationID: cm.CollaborationID, PersonID: cm.PersonID, CommitmentID: ptr(cm.ID),
		Kind: cm.Kind, Quantity: qty, Unit: cm.Unit, Currency: cm.Currency,
		Note: note, OccurredAt: at, CreatedAt: at.Add(2 * time.Hour),
	}
	if cm.EstimatedValue != nil && cm.Quantity > 0 {
		c.EstimatedValue = ptr(*cm.EstimatedValue * qty / cm.Quantity)
	}
	if c.CreatedAt.After(l.now) {
		c.CreatedAt = l.now
	}
	var confirmedBy int64
	if confirmer != "" {
		confirmedBy = l.person(confirmer)
		if confirmedBy == cm.PersonID {
			l.fail("%s confirms their own contribution", confirmer)
		}
		if !l.active[cm.CollaborationID][confirmedBy] {
			l.fail("%s confirms in collaboration %d without being an active member", confirmer, cm.CollaborationID)
		}
		when := at.Add(26 * time.Hour)
		if when.After(l.now) {
			when = l.now
		}
		c.ConfirmedByID, c.ConfirmedAt = ptr(confirmedBy), ptr(when)
	}
	l.create("contribution", c)
	l.sum.Contributions++
	collab := cm.CollaborationID
	l.activity(collab, cm.PersonID, "contribution.logged", "Contribution", c.ID, c.CreatedAt)
	if c.ConfirmedAt != nil {
		l.activity(collab, confirmedBy, "contribution.confirmed", "Contribution", c.ID, *c.ConfirmedAt)
	}
	return c
}

// reverse appends the entry that cancels orig, as the ledger never edits an entry.
func (l *loader) reverse(orig *domain.Contribution, note string, at time.Time) *domain.Contribution {
	c := &domain.Contribution{
		CollaborationID: orig.CollaborationID, PersonID: orig.PersonID, CommitmentID: orig.CommitmentID,
		Kind: orig.Kind, Quantity: -orig.Quantity, Unit: orig.Unit, Currency: orig.Currency,
		Note: note, OccurredAt: orig.OccurredAt, ReversesID: ptr(orig.ID), CreatedAt: at,
	}
	if orig.EstimatedValue != nil {
		c.EstimatedValue = ptr(-*orig.EstimatedValue)
	}
	l.create("reversing contribution", c)
	l.sum.Contributions++
	l.activity(orig.CollaborationID, orig.PersonID, "contribution.reversed", "Contribution", c.ID, at)
	return c
}

// outcome defines a measurable result and the values it serves.
func (l *loader) outcome(c *domain.Collaboration, creator, name, unit string, baseline, target float64, dir domain.Direction, due *time.Time, at time.Time, values ...string) *domain.Outcome {
	o := &domain.Outcome{
		CollaborationID: c.ID, Name: name, Unit: unit, Baseline: baseline, Target: target,
		Direction: dir, DueAt: due, CreatedByID: l.person(creator), CreatedAt: at, UpdatedAt: at,
	}
	l.create("outcome", o)
	l.sum.Outcomes++
	for _, v := range values {
		l.create("outcome value", &domain.OutcomeValue{CollaborationID: c.ID, OutcomeID: o.ID, ValueID: l.value(v)})
	}
	l.activity(c.ID, o.CreatedByID, "outcome.defined", "Outcome", o.ID, at)
	return o
}

// measure records a reading of an outcome, with evidence and the members who attest it.
func (l *loader) measure(o *domain.Outcome, value float64, at time.Time, url, note, recorder string, attesters ...string) *domain.Measurement {
	rid := l.person(recorder)
	if !l.active[o.CollaborationID][rid] {
		l.fail("%s records a measurement without being an active member", recorder)
	}
	m := &domain.Measurement{
		CollaborationID: o.CollaborationID, OutcomeID: o.ID, Value: value, MeasuredAt: at,
		EvidenceURL: url, EvidenceNote: note, RecordedByID: rid, CreatedAt: at.Add(3 * time.Hour),
	}
	if m.CreatedAt.After(l.now) {
		m.CreatedAt = l.now
	}
	l.create("measurement", m)
	l.sum.Measurements++
	collab := o.CollaborationID
	l.activity(collab, rid, "measurement.recorded", "Measurement", m.ID, m.CreatedAt)
	for i, h := range attesters {
		pid := l.person(h)
		if pid == rid {
			l.fail("%s attests their own measurement", h)
		}
		when := m.CreatedAt.Add(time.Duration(i+5) * time.Hour)
		if when.After(l.now) {
			when = l.now
		}
		l.create("attestation", &domain.Attestation{CollaborationID: o.CollaborationID, MeasurementID: m.ID, PersonID: pid, CreatedAt: when})
		l.activity(collab, pid, "measurement.attested", "Measurement", m.ID, when)
	}
	return m
}

// propose puts a proposal to the members; closed proposals carry their closing time.
func (l *loader) propose(c *domain.Collaboration, author string, kind domain.ProposalKind, title, body string, at, closes time.Time, status domain.ProposalStatus) *domain.Proposal {
	p := &domain.Proposal{
		CollaborationID: c.ID, AuthorID: l.person(author), Kind: kind, Title: title, Body: body,
		ClosesAt: closes, Status: status, CreatedAt: at, UpdatedAt: at,
	}
	if status != domain.ProposalOpen {
		p.ClosedAt, p.UpdatedAt = ptr(closes), closes
	}
	l.create("proposal", p)
	l.activity(c.ID, p.AuthorID, "proposal.created", "Proposal", p.ID, at)
	if status == domain.ProposalAdopted {
		l.activity(c.ID, p.AuthorID, "proposal.adopted", "Proposal", p.ID, closes)
	}
	return p
}

// position records a member's stance on a proposal.
func (l *loader) position(p *domain.Proposal, who string, stance domain.Stance, reason string, at time.Time) {
	pos := &domain.Position{
		CollaborationID: p.CollaborationID, ProposalID: p.ID, PersonID: l.person(who),
		Stance: stance, Reason: reason, CreatedAt: at, UpdatedAt: at,
	}
	l.create("position", pos)
	l.activity(p.CollaborationID, pos.PersonID, "position.taken", "Position", pos.ID, at)
}

// comment adds to the discussion of a proposal.
func (l *loader) comment(p *domain.Proposal, who, body string, at time.Time) {
	cm := &domain.Comment{CollaborationID: p.CollaborationID, ProposalID: p.ID, AuthorID: l.person(who), Body: body, CreatedAt: at}
	l.create("comment", cm)
	l.activity(p.CollaborationID, cm.AuthorID, "comment.added", "Comment", cm.ID, at)
}

// setProposedGoal gives a GOAL proposal the goal it puts forward.
func (l *loader) setProposedGoal(p *domain.Proposal, goal string) {
	if l.err != nil {
		return
	}
	p.ProposedGoal = goal
	if err := l.tx.Model(p).Update("proposed_goal", goal).Error; err != nil {
		l.err = fmt.Errorf("demo: proposal %q: %w", p.Title, err)
	}
}
