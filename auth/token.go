package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Token parameters.
const (
	Issuer          = "kindred"
	Audience        = "kindred-api"
	AccessTokenType = "access"
	AccessTokenTTL  = 15 * time.Minute
	MinSecretLength = 32
)

// ErrInvalidToken is returned for any token that is not a valid, current access token.
var ErrInvalidToken = errors.New("invalid access token")

// Claims are the claims of an access token.
type Claims struct {
	// Type is "access"; it keeps any other token signed with the same key from passing.
	Type string `json:"typ"`
	// Epoch is the person's session epoch when issued; raising it revokes the token.
	Epoch int64 `json:"sep"`
	jwt.RegisteredClaims
}

// Signer issues and verifies HS256 access tokens.
type Signer struct {
	secret []byte
	now    func() time.Time
	// verified keeps tokens already verified: a client sends the same one with every
	// request until it expires, and parsing and checking it was a fortieth of a request.
	mu       sync.Mutex
	verified map[string]verifiedToken
}

// verifiedToken is what a verified token carries; it is used again only from its iat and
// nbf to a second before its exp, so that the edges of its life are always checked in full.
type verifiedToken struct {
	personID, epoch int64
	from, exp       time.Time
}

// verifiedMax bounds the tokens kept; past it, one is dropped for each new.
const verifiedMax = 20_000

// NewSigner returns a Signer; the secret must be at least 32 bytes.
func NewSigner(secret []byte, now func() time.Time) (*Signer, error) {
	if len(secret) < MinSecretLength {
		return nil, fmt.Errorf("JWT secret is %d bytes; at least %d are required", len(secret), MinSecretLength)
	}
	return &Signer{secret: secret, now: now}, nil
}

// Issue returns a signed access token for the person and when it expires.
func (s *Signer) Issue(personID, epoch int64) (string, time.Time, error) {
	now := s.now()
	exp := now.Add(AccessTokenTTL)
	claims := Claims{
		Type:  AccessTokenType,
		Epoch: epoch,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Subject:   strconv.FormatInt(personID, 10),
			Audience:  jwt.ClaimStrings{Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(exp),
		},
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("sign access token: %w", err)
	}
	return signed, exp, nil
}

// Verify checks an access token and returns the person ID and session epoch it carries.
func (s *Signer) Verify(token string) (personID, epoch int64, err error) {
	now := s.now()
	s.mu.Lock()
	v, ok := s.verified[token]
	s.mu.Unlock()
	if ok && !now.Before(v.from) && now.Before(v.exp.Add(-time.Second)) {
		return v.personID, v.epoch, nil
	}
	var claims Claims
	_, err = jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithTimeFunc(s.now),
		// One token, one spelling: base64 with stray trailing bits would verify too.
		jwt.WithStrictDecoding(),
	)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if claims.Type != AccessTokenType {
		return 0, 0, fmt.Errorf("%w: token type %q", ErrInvalidToken, claims.Type)
	}
	id, err := strconv.ParseInt(claims.Subject, 10, 64)
	if err != nil || id <= 0 {
		return 0, 0, fmt.Errorf("%w: subject %q", ErrInvalidToken, claims.Subject)
	}
	v = verifiedToken{personID: id, epoch: claims.Epoch, exp: claims.ExpiresAt.Time} // exp is required
	for _, d := range []*jwt.NumericDate{claims.IssuedAt, claims.NotBefore} {
		if d != nil && d.After(v.from) {
			v.from = d.Time
		}
	}
	s.keep(token, v)
	return id, claims.Epoch, nil
}

func (s *Signer) keep(token string, v verifiedToken) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.verified == nil {
		s.verified = map[string]verifiedToken{}
	}
	if len(s.verified) >= verifiedMax {
		for t := range s.verified { // any one
			delete(s.verified, t)
			break
		}
	}
	s.verified[token] = v
}

// RandomToken returns a URL-safe random string of n random bytes.
func RandomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken returns the SHA-256 of a random token in hex; random tokens need no salt.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// MAC returns msg's HMAC-SHA256 under the signer's secret for purpose, base64url: for
// links that act without a session (one-click unsubscribe). Each purpose keys its own
// MAC, so a MAC made for one never passes for another.
func (s *Signer) MAC(purpose, msg string) string {
	h := hmac.New(sha256.New, s.secret)
	h.Write([]byte(purpose))
	h.Write([]byte{0})
	h.Write([]byte(msg))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

// CheckMAC reports whether mac is MAC(purpose, msg), in constant time.
func (s *Signer) CheckMAC(purpose, msg, mac string) bool {
	return hmac.Equal([]byte(s.MAC(purpose, msg)), []byte(mac))
}
