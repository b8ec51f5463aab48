package main

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// limiter is a token bucket per key (a person or an address): up to perMinute requests
// at once, refilled at perMinute a minute. It is per instance; behind a load balancer
// each instance grants its own budget.
type limiter struct {
	perMinute float64
	now       func() time.Time
	mu        sync.Mutex
	buckets   map[string]*bucket
	calls     int
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(perMinute int, now func() time.Time) *limiter {
	if perMinute <= 0 {
		return nil
	}
	return &limiter{perMinute: float64(perMinute), now: now, buckets: map[string]*bucket{}}
}

// take spends one request of key's budget; it reports whether there was one, what is
// left, and when the next one will be.
func (l *limiter) take(key string) (ok bool, remaining int, wait time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.calls++
	if l.calls%4096 == 0 {
		// Forget buckets that have refilled completely: they are as good as new.
		for k, b := range l.buckets {
			if now.Sub(b.last) > time.Minute {
				delete(l.buckets, k)
			}
		}
	}
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: l.perMinute, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.perMinute, b.tokens+now.Sub(b.last).Minutes()*l.perMinute)
	b.last = now
	perToken := time.Duration(float64(time.Minute) / l.perMinute)
	if b.tokens < 1 {
		return false, 0, time.Duration((1 - b.tokens) * float64(perToken))
	}
	b.tokens--
	return true, int(b.tokens), 0
}

// limits is the rate limits of the API and the proxies whose forwarded address it trusts.
type limits struct {
	perViewer *limiter
	perIP     *limiter
	trusted   []*net.IPNet
}

// parseCIDRs reads a comma-separated list of addresses or networks.
func parseCIDRs(list string) ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !strings.Contains(s, "/") {
			if ip := net.ParseIP(s); ip != nil && ip.To4() != nil {
				s += "/32"
			} else {
				s += "/128"
			}
		}
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

func (l *limits) isTrusted(ip net.IP) bool {
	for _, n := range l.trusted {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// clientIP is the address the request came from: the peer, or, when the peer is a
// trusted proxy, the rightmost address in X-Forwarded-For that is not one.
func (l *limits) clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	if ip == nil || !l.isTrusted(ip) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop := net.ParseIP(strings.TrimSpace(hops[i]))
		if hop == nil {
			break
		}
		if !l.isTrusted(hop) {
			return hop.String()
		}
	}
	return host
}

// allow spends a request of each budget that applies and writes the RateLimit headers of
// the tighter one; it reports false, with a Retry-After, when a budget is spent.
func (l *limits) allow(w http.ResponseWriter, viewerKey, ip string) bool {
	type check struct {
		lim *limiter
		key string
	}
	checks := []check{{l.perIP, "ip:" + ip}}
	if viewerKey != "" {
		checks = append(checks, check{l.perViewer, viewerKey})
	}
	best := -1
	for _, c := range checks {
		if c.lim == nil {
			continue
		}
		ok, remaining, wait := c.lim.take(c.key)
		if !ok {
			w.Header().Set("RateLimit-Limit", strconv.Itoa(int(c.lim.perMinute)))
			w.Header().Set("RateLimit-Remaining", "0")
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			return false
		}
		if best < 0 || remaining < best {
			best = remaining
			w.Header().Set("RateLimit-Limit", strconv.Itoa(int(c.lim.perMinute)))
			w.Header().Set("RateLimit-Remaining", strconv.Itoa(remaining))
		}
	}
	return true
}
