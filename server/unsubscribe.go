package main

import (
	"encoding/json"
	"net/http"
)

// unsubscribe is the one-click unsubscribe of RFC 8058: a POST to the URL of a mail's
// List-Unsubscribe header (body List-Unsubscribe=One-Click, from a mail client, or from
// the web app's /unsubscribe page) sets that kind of mail to NEVER for the person its
// signed token names, without a session. It answers {"kind": …}. A GET of the same URL
// is the web app's page, which asks before it posts.
func (a *app) unsubscribe() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<10)
		_ = r.ParseForm() // the body only says "One-Click"; the token is in the URL
		kind, err := a.service.Unsubscribe(r.Context(), r.URL.Query().Get("token"))
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(map[string]string{"kind": string(kind)})
	})
}
