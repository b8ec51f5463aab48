package batch

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestBatchesKeysThatKeepArriving(t *testing.T) {
	var calls atomic.Int32
	var sizes []int
	var mu sync.Mutex
	l := New(func(_ context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		mu.Lock()
		sizes = append(sizes, len(keys))
		mu.Unlock()
		out := make([]int, len(keys))
		for i, k := range keys {
			out[i] = k * 10
		}
		return out, nil
	}, 250*time.Millisecond, 10*time.Second) // a quiet time far above a loaded machine's scheduling delays
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Keys trickle in over 30 ms, each within the quiet time of the last.
			time.Sleep(time.Duration(i) * time.Millisecond)
			if v, err := l.Load(context.Background(), i); err != nil || v != i*10 {
				t.Errorf("Load(%d): got %d, %v", i, v, err)
			}
		}()
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("got %d fetches of sizes %v, want 1", calls.Load(), sizes)
	}
	// Cached: no new fetch.
	if v, _ := l.Load(context.Background(), 3); v != 30 || calls.Load() != 1 {
		t.Errorf("cached load: got %d after %d fetches", v, calls.Load())
	}
}

func TestMaxWaitBoundsABatch(t *testing.T) {
	var calls atomic.Int32
	l := New(func(_ context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		return make([]int, len(keys)), nil
	}, 4*time.Millisecond, 10*time.Millisecond)
	for i := range 10 {
		l.LoadThunk(context.Background(), i)
		time.Sleep(3 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	if calls.Load() < 2 {
		t.Errorf("got %d fetches over 30 ms with a 10 ms cap, want at least 2", calls.Load())
	}
}

func TestErrors(t *testing.T) {
	boom := errors.New("boom")
	l := New(func(_ context.Context, keys []int) ([]int, []error) {
		return nil, []error{boom}
	}, time.Millisecond, time.Second)
	if _, err := l.Load(context.Background(), 1); !errors.Is(err, boom) {
		t.Errorf("got %v, want boom", err)
	}
}

// TestGroupWaitsForEveryLoader gives loader a a key, then b a key every third of the
// quiet time for longer than the quiet time, then a another key. Without the group a
// would have gone out alone; in it, a waits for b, and each fetches once.
func TestGroupWaitsForEveryLoader(t *testing.T) {
	var mu sync.Mutex
	fetched := map[string][][]int{}
	fetch := func(name string) Fetch[int, int] {
		return func(_ context.Context, keys []int) ([]int, []error) {
			mu.Lock()
			fetched[name] = append(fetched[name], append([]int(nil), keys...))
			mu.Unlock()
			return keys, nil
		}
	}
	g := NewGroup(150*time.Millisecond, 5*time.Second)
	a, b := NewIn(g, fetch("a")), NewIn(g, fetch("b"))
	order := []*Loader[int, int]{a, b, b, b, b, a}
	thunks := make([]func() (int, error), len(order))
	for i, l := range order {
		thunks[i] = l.LoadThunk(context.Background(), i)
		time.Sleep(50 * time.Millisecond)
	}
	for i, th := range thunks {
		if v, err := th(); err != nil || v != i {
			t.Errorf("key %d: got %d, %v", i, v, err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(fetched["a"]) != 1 || len(fetched["b"]) != 1 || len(fetched["a"][0]) != 2 {
		t.Errorf("got fetches %v, want one for each loader, a's with both its keys", fetched)
	}
}

// TestGroupMaxBoundsAWave checks that keys that never stop arriving still go out.
func TestGroupMaxBoundsAWave(t *testing.T) {
	var calls atomic.Int32
	g := NewGroup(4*time.Millisecond, 10*time.Millisecond)
	l := NewIn(g, func(_ context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		return make([]int, len(keys)), nil
	})
	for i := range 10 {
		l.LoadThunk(context.Background(), i)
		time.Sleep(3 * time.Millisecond)
	}
	if _, err := l.Load(context.Background(), 99); err != nil {
		t.Fatal(err)
	}
	if calls.Load() < 2 {
		t.Errorf("got %d fetches over 30 ms with a 10 ms cap, want at least 2", calls.Load())
	}
}

// TestGroupWaitsForFetchesOut gives loader b a key while a's fetch is still out, and
// another key made from a's result: b waits for a and fetches both at once.
func TestGroupWaitsForFetchesOut(t *testing.T) {
	g := NewGroup(30*time.Millisecond, 5*time.Second)
	a := NewIn(g, func(_ context.Context, keys []int) ([]int, []error) {
		time.Sleep(200 * time.Millisecond)
		return keys, nil
	})
	var mu sync.Mutex
	var batches [][]int
	b := NewIn(g, func(_ context.Context, keys []int) ([]int, []error) {
		mu.Lock()
		batches = append(batches, append([]int(nil), keys...))
		mu.Unlock()
		return keys, nil
	})
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v, _ := a.Load(context.Background(), 1)
		_, _ = b.Load(context.Background(), 100+v)
	}()
	time.Sleep(80 * time.Millisecond) // a's batch is out, its fetch still running
	go func() {
		defer wg.Done()
		_, _ = b.Load(context.Background(), 2)
	}()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(batches) != 1 || len(batches[0]) != 2 {
		t.Errorf("got b's batches %v, want one with both keys", batches)
	}
}

func TestLoadManyFetchesAtOnce(t *testing.T) {
	var calls atomic.Int32
	l := New(func(_ context.Context, keys []int) ([]int, []error) {
		calls.Add(1)
		out := make([]int, len(keys))
		for i, k := range keys {
			out[i] = -k
		}
		return out, nil
	}, time.Hour, time.Hour)
	l.LoadThunk(context.Background(), 9) // pending in a batch that would wait an hour
	got, err := l.LoadMany(context.Background(), []int{1, 2, 1})
	if err != nil || len(got) != 3 || got[0] != -1 || got[1] != -2 || got[2] != -1 || calls.Load() != 1 {
		t.Errorf("got %v, %v after %d fetches, want [-1 -2 -1] from one", got, err, calls.Load())
	}
	if _, err := l.LoadMany(context.Background(), []int{2}); err != nil || calls.Load() != 1 {
		t.Errorf("cached: %v, %d fetches", err, calls.Load())
	}
}
