package domain

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"time"
	"unicode"
	"unicode/utf8"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Idempotency keys: a client that retries a creating request after a timeout sends the
// same key again and gets what the first request made, instead of a second one.
const (
	// MaxIdempotencyKey bounds a key's length in characters.
	MaxIdempotencyKey = 200
	// IdempotencyWindow is how long a key is remembered; after it the key is free again.
	IdempotencyWindow = 24 * time.Hour
)

// IdempotencyKey remembers a key a person sent with a creating request: which request
// (its operation and a hash of its input) and what it made.
type IdempotencyKey struct {
	ID          int64
	PersonID    int64
	Key         string
	Operation   string
	RequestHash string
	// ResultType and ResultID name the entity the request made.
	ResultType string
	ResultID   int64
	CreatedAt  time.Time
}

// WithIdempotencyKey returns ctx carrying the idempotency key of the request: the
// creating method called with it makes its entity once per key and person within
// IdempotencyWindow, and answers a repeat with what the first call made.
func WithIdempotencyKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, idempotencyKeyKey, key)
}

func idempotencyKeyFrom(ctx context.Context) (string, bool) {
	k, ok := ctx.Value(idempotencyKeyKey).(string)
	return k, ok
}

// validateIdempotencyKey checks that a key is 1 to MaxIdempotencyKey printable characters.
func validateIdempotencyKey(key string) error {
	n := utf8.RuneCountInString(key)
	ok := n >= 1 && n <= MaxIdempotencyKey && utf8.ValidString(key)
	for _, r := range key {
		ok = ok && unicode.IsPrint(r)
	}
	if !ok {
		return Invalid("idempotencyKey", "An idempotency key is 1 to %d printable characters, such as a UUID made once per request and sent again with its retries.", MaxIdempotencyKey)
	}
	return nil
}

// Once makes a creating request idempotent; create is its creating step within tx, and
// returns the ID of what it made, which out points at afterwards. Without a key on ctx it
// just calls create. With one, it claims the key for the viewer in tx before create: a
// key the viewer used within IdempotencyWindow for the same operation and input loads
// what that request made into out, and create is not called; for other input it is
// CONFLICT. A key is claimed by inserting its row, so a retry racing the first request
// waits on the unique (person_id, key) until the first commits, then finds its result;
// the claim and the creation commit or roll back together.
func Once[T any](ctx context.Context, s *Core, tx *gorm.DB, op string, input any, out **T, create func() (int64, error)) error {
	key, ok := idempotencyKeyFrom(ctx)
	if !ok {
		_, err := create()
		return err
	}
	if err := validateIdempotencyKey(key); err != nil {
		return err
	}
	body, err := json.Marshal(input)
	if err != nil {
		return fmt.Errorf("idempotency: hash %s input: %w", op, err)
	}
	sum := sha256.Sum256(append([]byte(op+"\n"), body...))
	row := &IdempotencyKey{PersonID: ViewerID(ctx), Key: key, Operation: op, RequestHash: hex.EncodeToString(sum[:]),
		ResultType: reflect.TypeFor[T]().Name(), CreatedAt: s.Now()}
	first, err := s.claimKey(tx, row)
	if err != nil {
		return err
	}
	if first != nil {
		*out = new(T)
		return DBErr(tx.First(*out, first.ResultID).Error, "What this request made the first time")
	}
	id, err := create()
	if err != nil {
		return err
	}
	return DBErr(tx.Model(&IdempotencyKey{}).Where("id = ?", row.ID).Update("result_id", id).Error, "idempotency key")
}

// claimKey inserts row, the viewer's claim of a key, unless a request with that key came
// first: then it returns that request's row if it is the same request, and CONFLICT if it
// is not. An expired row is replaced.
func (s *Core) claimKey(tx *gorm.DB, row *IdempotencyKey) (*IdempotencyKey, error) {
	for range 3 {
		row.ID = 0
		res := tx.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "person_id"}, {Name: "key"}}, DoNothing: true}).Create(row)
		if res.Error != nil {
			return nil, DBErr(res.Error, "idempotency key")
		}
		if res.RowsAffected == 1 {
			return nil, nil
		}
		var prev IdempotencyKey
		err := tx.Where("person_id = ? AND key = ?", row.PersonID, row.Key).First(&prev).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			continue // pruned meanwhile: claim it again
		}
		if err != nil {
			return nil, DBErr(err, "idempotency key")
		}
		if prev.CreatedAt.After(row.CreatedAt.Add(-IdempotencyWindow)) {
			if prev.Operation != row.Operation || prev.RequestHash != row.RequestHash {
				return nil, &Error{Code: CodeConflict, Field: "idempotencyKey", Message: "This idempotency key was used in the last day for a different request. " +
					"Make a new key for a new request; send a key again only with a retry of the very same request."}
			}
			return &prev, nil
		}
		// Expired: forget it and claim the key anew. Of two requests doing this at once,
		// one deletes it; the other deletes nothing and finds the first's claim.
		if err := tx.Where("id = ? AND created_at <= ?", prev.ID, row.CreatedAt.Add(-IdempotencyWindow)).Delete(&IdempotencyKey{}).Error; err != nil {
			return nil, DBErr(err, "idempotency key")
		}
	}
	return nil, errors.New("idempotency: could not claim a key in three tries")
}

// PruneIdempotencyKeys forgets keys older than IdempotencyWindow and returns how many.
func (s *Core) PruneIdempotencyKeys(ctx context.Context) (int64, error) {
	res := s.DB.WithContext(ctx).Where("created_at <= ?", s.Now().Add(-IdempotencyWindow)).Delete(&IdempotencyKey{})
	return res.RowsAffected, DBErr(res.Error, "idempotency keys")
}
