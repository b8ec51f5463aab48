package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"kindred/domain"
	"kindred/locale"
	"kindred/reqlog"
)

// Availability tells a database outage from other failures, and logs the outage once
// (database.Availability).
type Availability interface {
	Unavailable(ctx context.Context, err error) bool
}

// ErrorPresenter is the one place that turns errors into what clients see: a domain
// error keeps its message and code; a database outage (as avail tells it; nil for none)
// is UNAVAILABLE; a request its client gave up is not logged; anything else is logged
// and shown as "internal error".
func ErrorPresenter(log *slog.Logger, avail Availability) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			// Parse and validation errors from gqlgen itself: already safe to show.
			if gqlErr.Extensions == nil {
				gqlErr.Extensions = map[string]any{}
			}
			if _, ok := gqlErr.Extensions["code"]; !ok {
				gqlErr.Extensions["code"] = string(domain.CodeInvalid)
			}
			// The parser's token limit has no code of its own; its message is the only sign.
			if gqlErr.Extensions["code"] == "GRAPHQL_PARSE_FAILED" && strings.Contains(gqlErr.Message, "token limit") {
				gqlErr.Extensions["code"] = CodeTooManyTokens
				gqlErr.Message = fmt.Sprintf("This document has more than %d tokens; send a smaller one.", DefaultLimits.MaxTokens)
			}
			return gqlErr
		}
		out := graphql.DefaultErrorPresenter(ctx, err)
		l := locale.For(locale.FromRequest(ctx))
		var de *domain.Error
		if errors.As(err, &de) {
			out.Message = Localize(l, de)
			out.Extensions = map[string]any{"code": string(de.Code)}
			if de.Field != "" {
				out.Extensions["field"] = de.Field
			}
			return out
		}
		if errors.Is(err, context.DeadlineExceeded) {
			out.Message = l.Sprintf("The request took too long and was stopped; ask for less at once.")
			out.Extensions = map[string]any{"code": "TIMEOUT"}
			return out
		}
		if errors.Is(err, context.Canceled) || errors.Is(ctx.Err(), context.Canceled) {
			// The client left (or the server is closing its websocket): nobody reads this,
			// and it is no fault of the server's. As when it leaves before its turn (admit).
			out.Message = l.Sprintf("The request was given up before it finished.")
			out.Extensions = map[string]any{"code": "TIMEOUT"}
			return out
		}
		if avail != nil && avail.Unavailable(ctx, err) {
			out.Message = l.Sprintf("The database is unavailable for the moment; try again in a few seconds.")
			out.Extensions = map[string]any{"code": string(domain.CodeUnavailable)}
			return out
		}
		log.ErrorContext(ctx, "internal error", "err", err, "path", out.Path.String())
		out.Message = "internal error"
		out.Extensions = map[string]any{"code": string(domain.CodeInternal), "requestId": reqlog.ID(ctx)}
		return out
	}
}

// Localize writes de's message in l's language when the catalog has it (its English
// format is the id), with the Label arguments translated too; else in English. The code
// and field never change.
func Localize(l *locale.Localizer, de *domain.Error) string {
	if de.Format == "" || !l.Has(de.Format) {
		return de.Message
	}
	args := make([]any, len(de.Args))
	for i, a := range de.Args {
		if lb, ok := a.(domain.Label); ok {
			a = l.Sprintf(string(lb))
		}
		args[i] = a
	}
	return l.Sprintf(de.Format, args...)
}

// Recover turns a panic in a resolver into an internal error, logged with its stack.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("panic in resolver")
	}
}
