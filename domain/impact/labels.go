package impact

import (
	"context"
	"slices"
	"strconv"

	"kindred/domain"
	"kindred/domain/ledger"
)

// Labels names the people of one report or export of others. A person is named (by
// display name) only when they chose to be named in reports and the viewer may see them;
// anyone else is "Member N", numbered in ascending person ID (the order they joined
// Kindred), so the same person keeps the same label throughout the report.
type Labels struct {
	people map[int64]*domain.Person
	given  map[int64]string
	next   int
}

// NewLabels labels the people ids; people holds those the viewer may see, by ID. IDs
// asked later that were not among ids are numbered after them, in the order asked.
func NewLabels(people map[int64]*domain.Person, ids []int64) *Labels {
	l := &Labels{people: people, given: map[int64]string{}}
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	for _, id := range slices.Compact(sorted) {
		l.Of(id)
	}
	return l
}

// Named returns the person with id if the report may name them, else nil.
func (l *Labels) Named(id int64) *domain.Person {
	if p := l.people[id]; p != nil && p.NamedInReports {
		return p
	}
	return nil
}

// Of returns the label of the person with id.
func (l *Labels) Of(id int64) string {
	if s, ok := l.given[id]; ok {
		return s
	}
	s := ""
	if p := l.Named(id); p != nil {
		s = p.DisplayName
	} else {
		l.next++
		s = "Member " + strconv.Itoa(l.next)
	}
	l.given[id] = s
	return s
}

// ReportContributor is what one person gave to a collaboration, as a report of others
// shows them.
type ReportContributor struct {
	// Label is their display name when they may be named, else "Member N".
	Label string
	// Person is set only when they may be named.
	Person *domain.Person
	Given  []ledger.Total
}

// ReportContributors labels what each member gave (ci.ByMember) for a report: one read
// of the people whatever their number.
func (s *Impact) ReportContributors(ctx context.Context, ci *CollabImpact) ([]*ReportContributor, error) {
	ids := make([]int64, len(ci.ByMember))
	for i, m := range ci.ByMember {
		ids[i] = m.PersonID
	}
	labels, err := s.labelsFor(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*ReportContributor, 0, len(ci.ByMember))
	for _, m := range ci.ByMember {
		out = append(out, &ReportContributor{Label: labels.Of(m.PersonID), Person: labels.Named(m.PersonID), Given: m.Given})
	}
	return out, nil
}

// labelsFor reads the people ids the viewer may see and labels them.
func (s *Impact) labelsFor(ctx context.Context, ids []int64) (*Labels, error) {
	people := map[int64]*domain.Person{}
	if len(ids) > 0 {
		found, err := s.accounts.FindPeopleByIDs(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, p := range found {
			people[p.ID] = p
		}
	}
	return NewLabels(people, ids), nil
}
