package main

import (
	"mime"
	"net/http"
	"strconv"
	"strings"

	"kindred/domain"
)

// gatheringICS serves one gathering's calendar file, readable as its collaboration is
// (a signed-in viewer by cookie or bearer token for one not public).
func (a *app) gatheringICS() http.Handler {
	return a.withViewer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(strings.TrimSuffix(r.PathValue("file"), ".ics"), 10, 64)
		if err != nil || !strings.HasSuffix(r.PathValue("file"), ".ics") {
			a.writeError(w, r, domain.Errorf(domain.CodeNotFound, "This gathering was not found."))
			return
		}
		body, err := a.service.GatheringICS(r.Context(), id)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		writeCalendar(w, "gathering-"+strconv.FormatInt(id, 10)+".ics", body, "private, no-cache")
	}))
}

// calendarFeed serves a person's private calendar feed by its token: no session, the
// token is the key, and it stops working once revoked or regenerated.
func (a *app) calendarFeed() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
		if !ok {
			a.writeError(w, r, domain.Errorf(domain.CodeNotFound, "This calendar feed does not exist."))
			return
		}
		body, err := a.service.FeedICS(r.Context(), token)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		w.Header().Set("Referrer-Policy", "no-referrer")
		writeCalendar(w, "kindred.ics", body, "private, no-store")
	})
}

func writeCalendar(w http.ResponseWriter, name, body, cache string) {
	h := w.Header()
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": name}))
	h.Set("Cache-Control", cache)
	h.Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write([]byte(body)) //nolint:gosec // G705: a text/calendar body served with nosniff, never HTML
}
