package graph

import (
	"context"
	"hash/maphash"
	"reflect"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"kindred/graph/batch"
)

// A cohort is every object at one place of a query's result (one path, list positions
// aside), known when its level is read: the objects a relation fetched for the level
// above, or the list a root field returned. A relation asked of one member is fetched for
// every member in one statement, as an ORM's eager loading of a result set would: each
// level of a query costs one statement per relation whatever its breadth, and no resolver
// waits for a quiet period to collect its siblings. Keying by place, not by object alone,
// keeps the count the same on every run: one object reached by two paths is in two
// cohorts, each fetched whole.
type cohorts struct {
	mu sync.Mutex
	of map[placed]*cohort
}

// placed is an object at a place of the result.
type placed struct {
	obj   any
	place uint64
}

type cohort struct {
	members []any
	mu      sync.Mutex
	done    map[relation]*sync.Once
}

// relation names one use of a loader in one field: two fields may use the same loader
// with different keys (a membership's person and its inviter).
type relation struct {
	loader any
	field  string
}

type cohortsKey struct{}

func withCohorts(ctx context.Context) context.Context {
	return context.WithValue(ctx, cohortsKey{}, &cohorts{of: map[placed]*cohort{}})
}

func cohortsFrom(ctx context.Context) *cohorts {
	cs, _ := ctx.Value(cohortsKey{}).(*cohorts)
	return cs
}

var placeSeed = maphash.MakeSeed()

// placeOf hashes the path from fc up to the root: the aliases of its fields, without list
// positions and without the edges and node of connections, so that a relation's objects
// have the place they are later resolved at whether the field returns a list or a page.
func placeOf(fc *graphql.FieldContext) uint64 {
	var h maphash.Hash
	h.SetSeed(placeSeed)
	for ; fc != nil; fc = fc.Parent {
		if fc.Index != nil || fc.Field.Field == nil {
			continue
		}
		if a := fc.Field.Alias; a != "edges" && a != "node" {
			h.WriteString(a)
			h.WriteByte('/')
		}
	}
	return h.Sum64()
}

// group makes objects at place one cohort; an object already in one there keeps it.
func (cs *cohorts) group(place uint64, members []any) {
	if len(members) == 0 {
		return
	}
	c := &cohort{members: members}
	cs.mu.Lock()
	for _, m := range members {
		k := placed{m, place}
		if _, ok := cs.of[k]; !ok {
			cs.of[k] = c
		}
	}
	cs.mu.Unlock()
}

// cohortOf returns the cohort of obj, whose field fc resolves. An object no relation
// fetched (an element of a root field's list, a connection's node) joins the list it is
// in; any other is alone.
func (cs *cohorts) cohortOf(fc *graphql.FieldContext, obj any) (*cohort, uint64) {
	place := placeOf(fc.Parent)
	k := placed{obj, place}
	cs.mu.Lock()
	c, ok := cs.of[k]
	cs.mu.Unlock()
	if ok {
		return c, place
	}
	cs.group(place, siblings(fc))
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if c, ok = cs.of[k]; !ok {
		c = &cohort{members: []any{obj}}
		cs.of[k] = c
	}
	return c, place
}

// siblings returns the objects of the list the resolved object is an element of, or the
// nodes of the connection edges it is the node of.
func siblings(fc *graphql.FieldContext) []any {
	hop := ""
	for p := fc.Parent; p != nil && p.Parent != nil; p = p.Parent {
		if p.Index != nil {
			list := reflect.ValueOf(p.Parent.Result)
			if list.Kind() != reflect.Slice {
				return nil
			}
			out := make([]any, 0, list.Len())
			for i := range list.Len() {
				e := list.Index(i)
				if e.Kind() == reflect.Interface {
					e = e.Elem()
				}
				if hop != "" && e.Kind() == reflect.Pointer && !e.IsNil() && e.Elem().Kind() == reflect.Struct {
					e = e.Elem().FieldByName(hop)
				}
				if e.IsValid() && e.Kind() == reflect.Pointer && !e.IsNil() {
					out = append(out, e.Interface())
				}
			}
			return out
		}
		if hop != "" || p.Field.Name != "node" {
			return nil
		}
		hop = "Node"
	}
	return nil
}

// once runs fetch the first time rel is asked of the cohort; later askers wait for it.
func (c *cohort) once(rel relation, fetch func()) {
	c.mu.Lock()
	if c.done == nil {
		c.done = map[relation]*sync.Once{}
	}
	o, ok := c.done[rel]
	if !ok {
		o = new(sync.Once)
		c.done[rel] = o
	}
	c.mu.Unlock()
	o.Do(fetch)
}

// forCohort runs fetch the first time the field being resolved asks what (a loader) of
// obj's cohort, with the cohort's objects of obj's type and the place of what it fetches;
// later askers wait for it.
func forCohort[T any](ctx context.Context, obj *T, what any, fetch func(cs *cohorts, place uint64, members []*T)) {
	cs := cohortsFrom(ctx)
	fc := graphql.GetFieldContext(ctx)
	if cs == nil || fc == nil {
		return
	}
	c, _ := cs.cohortOf(fc, obj)
	c.once(relation{what, fc.Field.Alias}, func() {
		members := make([]*T, 0, len(c.members))
		for _, m := range c.members {
			if t, ok := m.(*T); ok {
				members = append(members, t)
			}
		}
		fetch(cs, placeOf(fc), members)
	})
}

// loadFor returns l's value for obj's key, having fetched in one call the keys of every
// object in obj's cohort.
func loadFor[T any, K comparable, V any](ctx context.Context, l *batch.Loader[K, V], obj *T, key func(*T) K) (V, error) {
	return loadCohort(ctx, l, obj, func(t *T) (K, bool) { return key(t), true })
}

// loadForOpt is loadFor for an optional link: an object without one has the zero value.
func loadForOpt[T any, K comparable, V any](ctx context.Context, l *batch.Loader[K, V], obj *T, key func(*T) *K) (V, error) {
	return loadCohort(ctx, l, obj, func(t *T) (K, bool) {
		if k := key(t); k != nil {
			return *k, true
		}
		var zero K
		return zero, false
	})
}

// loadManyFor is loadFor for a list of keys per object.
func loadManyFor[T any, K comparable, V any](ctx context.Context, l *batch.Loader[K, V], obj *T, keys func(*T) []K) ([]V, error) {
	forCohort(ctx, obj, l, func(cs *cohorts, place uint64, members []*T) {
		var all []K
		for _, t := range members {
			all = append(all, keys(t)...)
		}
		if vals, err := l.LoadMany(ctx, all); err == nil {
			groupValues(cs, place, vals)
		}
	})
	return l.LoadMany(ctx, keys(obj))
}

func loadCohort[T any, K comparable, V any](ctx context.Context, l *batch.Loader[K, V], obj *T, key func(*T) (K, bool)) (V, error) {
	k, ok := key(obj)
	if !ok {
		var zero V
		return zero, nil
	}
	forCohort(ctx, obj, l, func(cs *cohorts, place uint64, members []*T) {
		keys := make([]K, 0, len(members))
		for _, t := range members {
			if k, ok := key(t); ok {
				keys = append(keys, k)
			}
		}
		if vals, err := l.LoadMany(ctx, keys); err == nil {
			groupValues(cs, place, vals)
		}
	})
	return l.Load(ctx, k)
}

// groupValues makes the objects a relation returned one cohort: pointers to structs, the
// pointers in lists and the items of pages.
func groupValues[V any](cs *cohorts, place uint64, vals []V) {
	var members []any
	for _, v := range vals {
		members = appendObjects(members, reflect.ValueOf(any(v)))
	}
	cs.group(place, members)
}

// appendObjects appends the objects in v: a pointer to a struct (or the items of a page),
// or the pointers in a slice.
func appendObjects(out []any, v reflect.Value) []any {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return out
		}
		if items := v.Elem().FieldByName("Items"); items.IsValid() && items.Kind() == reflect.Slice {
			return appendObjects(out, items)
		}
		return append(out, v.Interface())
	case reflect.Slice:
		for i := range v.Len() {
			if e := v.Index(i); e.Kind() == reflect.Pointer && !e.IsNil() {
				out = append(out, e.Interface())
			}
		}
	}
	return out
}
