package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"kindred/clock"
	"kindred/metrics"
)

// admitted is an app admitting n requests at once in front of a handler that announces
// each request it starts on started, by its X-Name, and answers once release gives a turn.
func admitted(n int) (h http.Handler, m *metrics.Metrics, started chan string, release chan struct{}) {
	m = metrics.New(nil)
	a := &app{metrics: m, maxRequests: n}
	started, release = make(chan string, 10), make(chan struct{})
	h = a.admit(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- r.Header.Get("X-Name")
		<-release
		w.Header().Set("X-Answered", r.Header.Get("X-Name"))
		w.WriteHeader(http.StatusAccepted)
		_, _ = w.Write([]byte("answer " + r.Header.Get("X-Name")))
	}))
	return h, m, started, release
}

func request(ctx context.Context, name string) *http.Request {
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/query", strings.NewReader(`{}`))
	r.Header.Set("X-Name", name)
	return r
}

// waitForWaiting polls until the number of waiting requests is n (failing after a
// while rather than hanging when they never wait).
func waitForWaiting(t *testing.T, m *metrics.Metrics, n float64) {
	t.Helper()
	for sw := clock.Start(); sw.Within(10 * time.Second); {
		var g dto.Metric
		if err := m.RequestsWaiting.Write(&g); err != nil {
			t.Fatal(err)
		}
		if g.GetGauge().GetValue() == n {
			return
		}
		runtime.Gosched()
	}
	t.Fatalf("never %v requests waiting", n)
}

func TestAdmitServesInOrderOfArrival(t *testing.T) {
	h, m, started, release := admitted(1)
	answers := map[string]*httptest.ResponseRecorder{}
	done := make(chan struct{}, 3)
	serve := func(name string) {
		w := httptest.NewRecorder()
		answers[name] = w
		go func() { h.ServeHTTP(w, request(context.Background(), name)); done <- struct{}{} }()
	}
	serve("a")
	if got := <-started; got != "a" {
		t.Fatalf("started %s first, want a", got)
	}
	serve("b")
	waitForWaiting(t, m, 1)
	serve("c")
	waitForWaiting(t, m, 2)
	for _, want := range []string{"b", "c"} {
		release <- struct{}{}
		if got := <-started; got != want {
			t.Fatalf("started %s next, want %s: first come, first served", got, want)
		}
	}
	release <- struct{}{}
	for range 3 {
		<-done
	}
	waitForWaiting(t, m, 0)
	for name, w := range answers {
		if w.Code != http.StatusAccepted || w.Header().Get("X-Answered") != name || w.Body.String() != "answer "+name {
			t.Errorf("%s answered %d %q %q, want its own status, header and body", name, w.Code, w.Header().Get("X-Answered"), w.Body.String())
		}
		if got := w.Header().Get("Content-Length"); got != strconv.Itoa(w.Body.Len()) {
			t.Errorf("%s: Content-Length %q for %d bytes", name, got, w.Body.Len())
		}
	}
}

func TestAdmitPassesWebsockets(t *testing.T) {
	h, _, started, release := admitted(1)
	go h.ServeHTTP(httptest.NewRecorder(), request(context.Background(), "busy"))
	<-started
	ws := request(context.Background(), "websocket")
	ws.Header.Set("Upgrade", "websocket")
	go h.ServeHTTP(httptest.NewRecorder(), ws)
	if got := <-started; got != "websocket" {
		t.Fatalf("started %s, want the websocket while the only turn is taken", got)
	}
	close(release)
}

func TestAdmitGivesUpAtTheTimeLimit(t *testing.T) {
	h, m, started, release := admitted(1)
	defer close(release)
	go h.ServeHTTP(httptest.NewRecorder(), request(context.Background(), "busy"))
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), -time.Second) // already over
	defer cancel()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, request(ctx, "late"))
	var body struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
		t.Fatal(err, w.Body.String())
	}
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || len(body.Errors) != 1 ||
		body.Errors[0].Extensions["code"] != "TIMEOUT" || !strings.Contains(body.Errors[0].Message, "too busy") {
		t.Errorf("got %d %s, want 503 with Retry-After and a TIMEOUT error saying the server was too busy", w.Code, w.Body.String())
	}
	select {
	case name := <-started:
		t.Errorf("%s started after its time was over", name)
	default:
	}
	waitForWaiting(t, m, 0)
}
