package accounts

import (
	"testing"

	"kindred/clock/clocktest"
	"kindred/domain"
)

// A person read before a forget is not kept: the read may predate the change.
func TestViewerCacheDropsReadsThatAForgetOvertook(t *testing.T) {
	var c viewerCache
	c.on = true
	now := clocktest.Start()
	gen := c.start()
	c.forget([]int64{9}) // someone else changed
	c.put(&domain.Person{ID: 1}, gen, now)
	if _, ok := c.get(1, now); ok {
		t.Fatal("a read older than a forget was kept")
	}
	gen = c.start()
	c.forgetAll()
	c.put(&domain.Person{ID: 1}, gen, now)
	if _, ok := c.get(1, now); ok {
		t.Fatal("a read older than a forgetAll was kept")
	}
	c.put(&domain.Person{ID: 1}, c.start(), now)
	if _, ok := c.get(1, now); !ok {
		t.Fatal("a read after the forget was not kept")
	}
	for id := range int64(viewerCacheSize + 10) {
		c.put(&domain.Person{ID: id + 2}, c.start(), now)
	}
	if len(c.viewers) != viewerCacheSize {
		t.Fatalf("kept %d people, want at most %d", len(c.viewers), viewerCacheSize)
	}
}
