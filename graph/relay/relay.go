// Package relay encodes Relay global IDs and holds the Node interface's Go type.
package relay

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Node is any object that has a global ID. Domain models are bound to it directly, so it
// asks nothing of them; the resolvers give each its ID.
type Node interface{}

// Type names used in global IDs.
const (
	TypePerson         = "Person"
	TypeValue          = "Value"
	TypePersonValue    = "PersonValue"
	TypeCollab         = "Collaboration"
	TypeNeed           = "Need"
	TypeMembership     = "Membership"
	TypeCommitment     = "Commitment"
	TypeContrib        = "Contribution"
	TypeAccessToken    = "AccessToken"
	TypeProposal       = "Proposal"
	TypeProposalNeed   = "ProposalNeed"
	TypePosition       = "Position"
	TypeComment        = "Comment"
	TypeThread         = "Thread"
	TypePost           = "Post"
	TypeOutcome        = "Outcome"
	TypeMeasurement    = "Measurement"
	TypeNotification   = "Notification"
	TypeActivity       = "Activity"
	TypeInvitationLink = "InvitationLink"
)

// ID returns the opaque global ID of the object of type typ with database key id.
func ID(typ string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typ + ":" + strconv.FormatInt(id, 10)))
}

// Parse returns the type and key of a global ID; ok is false for anything malformed.
func Parse(gid string) (typ string, id int64, ok bool) {
	b, err := base64.RawURLEncoding.DecodeString(gid)
	if err != nil {
		return "", 0, false
	}
	typ, key, found := strings.Cut(string(b), ":")
	if !found || typ == "" {
		return "", 0, false
	}
	id, err = strconv.ParseInt(key, 10, 64)
	if err != nil || id <= 0 {
		return "", 0, false
	}
	return typ, id, true
}
