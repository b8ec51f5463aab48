package notify

import (
	"context"
	"strconv"
	"strings"
)

// Unsubscribe sets the kind of mail named by token (from UnsubscribeLink) to NEVER for
// the person it names, without a session: the signature is the authority. It returns
// the kind. A second use changes nothing and answers the same.
func (s *Notify) Unsubscribe(ctx context.Context, token string) (MailKind, error) {
	person, kind, ok := s.readUnsubscribeToken(token)
	if !ok {
		return "", errBadUnsubscribe
	}
	if err := s.setCadence(s.DB.WithContext(ctx), person, kind, CadenceNever); err != nil {
		return "", err
	}
	return kind, nil
}

func (s *Notify) readUnsubscribeToken(token string) (int64, MailKind, bool) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return 0, "", false
	}
	person, err := strconv.ParseInt(parts[0], 10, 64)
	kind := MailKind(parts[1])
	if err != nil || person <= 0 || !kind.Valid() || !s.signer.CheckMAC(unsubscribePurpose, parts[0]+"."+parts[1], parts[2]) {
		return 0, "", false
	}
	return person, kind, true
}
