package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

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
	turns := make(chan struct{}, a.maxRequests)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebsocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case turns <- struct{}{}:
		default:
			// Senders blocked on a channel are served in the order they came.
			a.metrics.RequestsWaiting.Inc()
			select {
			case turns <- struct{}{}:
				a.metrics.RequestsWaiting.Dec()
			case <-r.Context().Done():
				a.metrics.RequestsWaiting.Dec()
				tooBusy(w, r)
				return
			}
		}
		buf := &bufferedResponse{header: w.Header()}
		func() {
			defer func() { <-turns }()
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
