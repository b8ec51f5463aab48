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
	}, 200*time.Millisecond, 5*time.Second)
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Keys trickle in over 30 ms, each well within the quiet time of the last.
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
	}, 40*time.Millisecond, 60*time.Millisecond)
	for i := range 10 {
		l.LoadThunk(context.Background(), i)
		time.Sleep(30 * time.Millisecond)
	}
	if _, err := l.Load(context.Background(), 0); err != nil || calls.Load() < 2 {
		t.Errorf("got %d fetches over 300 ms with a 60 ms cap, want at least 2", calls.Load())
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
