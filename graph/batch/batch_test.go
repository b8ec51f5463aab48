package batch

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func negate(calls *atomic.Int32) Fetch[int, int] {
	return func(_ context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		out := make([]int, len(keys))
		for i, k := range keys {
			out[i] = -k
		}
		return out, nil
	}
}

func TestLoadManyFetchesAtOnce(t *testing.T) {
	var calls atomic.Int32
	l := New(negate(&calls))
	got, err := l.LoadMany(context.Background(), []int{1, 2, 1})
	if err != nil || len(got) != 3 || got[0] != -1 || got[1] != -2 || got[2] != -1 || calls.Load() != 1 {
		t.Errorf("got %v, %v after %d fetches, want [-1 -2 -1] from one", got, err, calls.Load())
	}
	if _, err := l.LoadMany(context.Background(), []int{2}); err != nil || calls.Load() != 1 {
		t.Errorf("cached: %v, %d fetches", err, calls.Load())
	}
}

// TestLoadFindsWhatLoadManyFetched: the keys of a level fetched ahead cost the resolvers
// of that level nothing, and a key nobody fetched ahead is fetched at once, alone.
func TestLoadFindsWhatLoadManyFetched(t *testing.T) {
	var calls atomic.Int32
	l := New(negate(&calls))
	if _, err := l.LoadMany(context.Background(), []int{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for k := 1; k <= 3; k++ {
		wg.Go(func() {
			if v, err := l.Load(context.Background(), k); err != nil || v != -k {
				t.Errorf("Load(%d): got %d, %v", k, v, err)
			}
		})
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("got %d fetches, want 1", calls.Load())
	}
	if v, err := l.Load(context.Background(), 7); err != nil || v != -7 || calls.Load() != 2 || !l.Cached(7) {
		t.Errorf("a new key: got %d, %v after %d fetches", v, err, calls.Load())
	}
}

// TestPrimeSparesTheFetch: a primed key is not fetched, and priming a key already asked
// for keeps its value.
func TestPrimeSparesTheFetch(t *testing.T) {
	var calls atomic.Int32
	l := New(negate(&calls))
	l.Prime(1, 100)
	if v, err := l.Load(context.Background(), 1); err != nil || v != 100 || calls.Load() != 0 {
		t.Errorf("primed: got %d, %v after %d fetches, want 100 from none", v, err, calls.Load())
	}
	l.Prime(1, 5)
	if v, _ := l.Load(context.Background(), 1); v != 100 {
		t.Errorf("primed again: got %d, want the first value 100", v)
	}
}

// TestConcurrentLoadsOfOneKeyFetchOnce: callers asking for a key whose fetch is under way
// wait for it instead of fetching again.
func TestConcurrentLoadsOfOneKeyFetchOnce(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	l := New(func(ctx context.Context, keys []int) ([]int, []error) {
		<-release
		return negate(&calls)(ctx, keys)
	})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if v, err := l.Load(context.Background(), 5); err != nil || v != -5 {
				t.Errorf("got %d, %v", v, err)
			}
		})
	}
	for !l.Cached(5) {
		// the first caller has registered the key; the others find it
	}
	close(release)
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("got %d fetches, want 1", calls.Load())
	}
}

func TestErrors(t *testing.T) {
	boom := errors.New("boom")
	l := New(func(_ context.Context, keys []int) ([]int, []error) {
		return nil, []error{boom}
	})
	if _, err := l.Load(context.Background(), 1); !errors.Is(err, boom) {
		t.Errorf("got %v, want boom", err)
	}
	if _, err := l.LoadMany(context.Background(), []int{2, 3}); !errors.Is(err, boom) {
		t.Errorf("LoadMany: got %v, want boom", err)
	}
}
