package kindred_test

import (
	"context"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"

	"kindred/auth"
	"kindred/clock"
	"kindred/database"
	"kindred/domain"
	"kindred/domain/discovery"
	"kindred/domain/kindred"
)

// benchDatabase opens the database named by KINDRED_BENCH_DATABASE_URL, or skips.
func benchDatabase(b *testing.B) (*database.DB, *auth.Signer) {
	url := os.Getenv("KINDRED_BENCH_DATABASE_URL")
	if url == "" {
		b.Skip("set KINDRED_BENCH_DATABASE_URL to a database made with kindred seed --people N")
	}
	db, err := database.Open(context.Background(), url, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := db.Close(); err != nil {
			b.Error(err)
		}
	})
	// The database was seeded at today's date: the service and signer run on the system clock.
	signer, _ := auth.NewSigner([]byte(strings.Repeat("k", 32)), clock.System{}.Now)
	return db, signer
}

// BenchmarkDiscoverPeople ranks people for random viewers over the database named by
// KINDRED_BENCH_DATABASE_URL (load one with kindred seed --people 100000).
func BenchmarkDiscoverPeople(b *testing.B) {
	ctx := context.Background()
	db, signer := benchDatabase(b)
	svc := kindred.New(db.DB, clock.System{}, signer)
	if err := svc.BuildIndexes(ctx); err != nil {
		b.Fatal(err)
	}
	var people []*domain.Person
	db.Select("id", "role").Limit(5000).Find(&people)
	twenty, yes, third := 20, true, 0.3
	// The filters of bench/discover.lua.
	for _, c := range []struct {
		name string
		f    discovery.PeopleFilter
	}{
		{"none", discovery.PeopleFilter{}},
		{"skill", discovery.PeopleFilter{Skill: "design"}},
		{"place", discovery.PeopleFilter{Place: "lisbon"}},
		{"remote", discovery.PeopleFilter{RemoteFriendly: &yes}},
		{"min_score", discovery.PeopleFilter{MinScore: &third}},
	} {
		b.Run(c.name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			f := c.f
			f.First = &twenty
			b.ReportAllocs()
			for b.Loop() {
				ctx := domain.WithViewer(ctx, people[r.IntN(len(people))])
				if _, err := svc.DiscoverPeople(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuildIndexes builds the discovery indexes over the database named by
// KINDRED_BENCH_DATABASE_URL and reports the live heap they hold (after a GC, less the
// heap before the build) and the heap objects, the GC's cost.
func BenchmarkBuildIndexes(b *testing.B) {
	ctx := context.Background()
	db, signer := benchDatabase(b)
	var live, objects float64
	for i := 0; i < b.N; i++ {
		svc := kindred.New(db.DB, clock.System{}, signer)
		before := liveHeap()
		if err := svc.BuildIndexes(ctx); err != nil {
			b.Fatal(err)
		}
		after := liveHeap()
		live += float64(after.HeapAlloc) - float64(before.HeapAlloc)
		objects += float64(after.HeapObjects) - float64(before.HeapObjects)
		runtime.KeepAlive(svc)
	}
	b.ReportMetric(live/float64(b.N)/(1<<20), "live-MB")
	b.ReportMetric(objects/float64(b.N), "live-objects")
}

func liveHeap() runtime.MemStats {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}
