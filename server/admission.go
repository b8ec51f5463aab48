package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"kindred/reqlog"
)

// admit lets at most a.maxRequests GraphQL requests over HTTP execute at once; the others
// wait their turn, first come first served, within the request's time limit. They are
// mostly CPU: with more of them running than there are cores, each is time-sliced
// against all the others, and an unlucky one waits behind many turns. Served in order,
// each waits its turn and then runs nearly alone, so the slowest answers come close to
// the typical one (see docs/performance.md).
//
// Websockets pass: they live for hours. A turn begins after the body is read (limitBody
// reads it whole) and ends before the answer is sent, so that a slow client holds no
// turn while it uploads or downloads.
func (a *app) admit(next http.Handler) http.Handler {
	if a.maxRequests <= 0 {
		return next
	}
	g := &turns{free: a.maxRequests, waiting: a.metrics.RequestsWaiting}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		if !g.take(r.Context()) {
			tooBusy(w, r)
			return
		}
		buf := &bufferedResponse{header: w.Header()}
		func() {
			defer g.give()
			next.ServeHTTP(buf, r)
		}()
		// The whole answer is known: its length spares it chunked encoding.
		w.Header().Set("Content-Length", strconv.Itoa(buf.body.Len()))
		if buf.status != 0 {
			w.WriteHeader(buf.status)
		}
		_, _ = w.Write(buf.body.Bytes())
	})
}

// turns hands out at most free turns at once, to the waiting in the order they came. A
// request is counted as waiting under the same lock that queues it, so the order the
// gauge shows is the order of service. (Goroutines blocked on a channel send are served
// in order too, but they are counted before they block, and two could swap.)
type turns struct {
	mu      sync.Mutex
	free    int
	queue   []chan struct{}
	waiting prometheus.Gauge
}

// take waits for a turn; false when ctx ended first.
func (t *turns) take(ctx context.Context) bool {
	t.mu.Lock()
	if t.free > 0 && len(t.queue) == 0 {
		t.free--
		t.mu.Unlock()
		return true
	}
	turn := make(chan struct{})
	t.queue = append(t.queue, turn)
	t.waiting.Inc()
	t.mu.Unlock()
	select {
	case <-turn:
		return true
	case <-ctx.Done():
		t.mu.Lock()
		defer t.mu.Unlock()
		if i := slices.Index(t.queue, turn); i >= 0 {
			t.queue = slices.Delete(t.queue, i, i+1)
			t.waiting.Dec()
			return false
		}
		// The turn was given as the time ran out: pass it on.
		t.passOn()
		return false
	}
}

// give ends a turn.
func (t *turns) give() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.passOn()
}

// passOn gives a turn that ends to the first waiting, or frees it; t.mu is held.
func (t *turns) passOn() {
	if len(t.queue) == 0 {
		t.free++
		return
	}
	next := t.queue[0]
	t.queue = slices.Delete(t.queue, 0, 1)
	t.waiting.Dec()
	close(next)
}

// tooBusy answers a request whose time ran out, or whose client left, before its turn.
func tooBusy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusServiceUnavailable)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{
		"message":    "The server was too busy to start this request within the time limit; try again.",
		"extensions": map[string]any{"code": "TIMEOUT", "requestId": reqlog.ID(r.Context())},
	}}})
}

// bufferedResponse holds an answer until the turn is over.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
