package graph

import (
	"net/http"

	"kindred/domain/kindred"
)

// PlainLoaderMiddleware gives loaders without cohorts: every object's relations fetched on
// their own, the plain path that the cohorts' results must equal.
func PlainLoaderMiddleware(s *kindred.Services, next http.Handler) http.Handler {
	return loaderMiddleware(s, next, false)
}
