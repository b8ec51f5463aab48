package domain

import (
	"time"
)

// The GORM models of the whole domain of DESIGN.md. The tables themselves come from the
// versioned migrations in ../migrations; a test checks that these models match them.
// Every row a collaboration owns carries CollaborationID so the data can later be
// sharded by collaboration.

// Visibility says who may see a person or a collaboration.
type Visibility string

// The visibilities.
const (
	VisibilityPublic  Visibility = "PUBLIC"
	VisibilityMembers Visibility = "MEMBERS"
	VisibilityPrivate Visibility = "PRIVATE"
)

// Valid reports whether v is one of the known visibilities.
func (v Visibility) Valid() bool {
	return v == VisibilityPublic || v == VisibilityMembers || v == VisibilityPrivate
}

// SiteRole is a person's role on the site.
type SiteRole string

// The site roles.
const (
	RoleMember SiteRole = "MEMBER"
	RoleAdmin  SiteRole = "ADMIN"
)

// Person is someone with an account.
type Person struct {
	ID          int64
	Handle      string
	DisplayName string
	Email       string
	// EmailVerifiedAt is when Email was shown to reach the person (a link mailed to it was
	// followed); nil while unverified. See EmailVerified for what waits on it.
	EmailVerifiedAt *time.Time
	// PendingEmail is an address the person asked to change to, not yet verified.
	PendingEmail   *string
	PasswordHash   string
	Bio            string
	Location       string
	Latitude       *float64
	Longitude      *float64
	RemoteFriendly bool
	Skills         []string `gorm:"serializer:json"`
	// NamedInReports is whether the person agreed to be named in reports and exports of
	// others (off by default: they show as "Member N").
	NamedInReports bool
	Visibility     Visibility
	Role           SiteRole
	// SessionEpoch invalidates every access token issued before it was raised.
	SessionEpoch int64
	SuspendedAt  *time.Time
	// TimeZone is an IANA name ("Europe/Paris"); it decides when digests go out.
	TimeZone string
	// Locale is the language Kindred writes to the person in ("es"); nil when they chose
	// none, and mail caused by a request of theirs follows its Accept-Language.
	Locale    *string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// EmailVerified reports whether p's address is shown to reach them. Until it is, Kindred
// sends them only account mail (verification, password reset, notice of a change of
// address): no notification mail or digests, and no invitation finds them by address.
func (p *Person) EmailVerified() bool { return p.EmailVerifiedAt != nil }

// ValueStatus is where a value stands in the catalog.
type ValueStatus string

// The value statuses.
const (
	ValueApproved ValueStatus = "APPROVED"
	ValueProposed ValueStatus = "PROPOSED"
	ValueDeclined ValueStatus = "DECLINED"
)

// Value is an entry of the values catalog.
type Value struct {
	ID   int64
	Slug string
	Name string
	// NameKey is the lower-cased name; its unique index makes names unique regardless of case.
	NameKey      string
	Description  string
	Status       ValueStatus
	ProposedByID *int64
	ReviewedByID *int64
	ReviewedAt   *time.Time
	ReviewNote   string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// TableName keeps the table clear of the SQL keyword VALUES.
func (Value) TableName() string { return "catalog_values" }

// PersonValue is a value a person holds.
type PersonValue struct {
	ID        int64
	PersonID  int64
	ValueID   int64
	Strength  int
	Statement string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CollaborationStatus is the stage of a collaboration.
type CollaborationStatus string

// The collaboration statuses.
const (
	CollaborationForming   CollaborationStatus = "FORMING"
	CollaborationActive    CollaborationStatus = "ACTIVE"
	CollaborationCompleted CollaborationStatus = "COMPLETED"
	CollaborationArchived  CollaborationStatus = "ARCHIVED"
)

// Collaboration is a group pursuing a shared goal.
type Collaboration struct {
	ID          int64
	Slug        string
	Title       string
	Goal        string
	Status      CollaborationStatus
	Visibility  Visibility
	Location    string
	Latitude    *float64
	Longitude   *float64
	Remote      bool
	StartsAt    *time.Time
	EndsAt      *time.Time
	CreatedByID int64
	// QuorumShare is the share of the members ACTIVE at closing who must take a position
	// for a proposal to decide (see package deciding): one half unless an adopted QUORUM
	// proposal changed it, from one third to all.
	QuorumShare float64 `gorm:"default:0.5"`
	// TimeZone is the IANA zone its weeks and months follow (recurring commitments).
	TimeZone  string `gorm:"default:UTC"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// CollaborationValue is a value a collaboration serves, with its weight 1–5.
type CollaborationValue struct {
	ID              int64
	CollaborationID int64
	ValueID         int64
	Weight          int
	CreatedAt       time.Time
}

// GoalRevision keeps each goal a collaboration has had and what changed it.
type GoalRevision struct {
	ID              int64
	CollaborationID int64
	Goal            string
	ProposalID      *int64
	SetByID         int64
	CreatedAt       time.Time
}

// MembershipRole is a member's role within a collaboration.
type MembershipRole string

// The membership roles.
const (
	MembershipSteward MembershipRole = "STEWARD"
	MembershipMember  MembershipRole = "MEMBER"
)

// MembershipStatus is where a membership stands.
type MembershipStatus string

// The membership statuses.
const (
	MembershipInvited   MembershipStatus = "INVITED"
	MembershipRequested MembershipStatus = "REQUESTED"
	MembershipActive    MembershipStatus = "ACTIVE"
	MembershipDeclined  MembershipStatus = "DECLINED"
	MembershipLeft      MembershipStatus = "LEFT"
	MembershipRemoved   MembershipStatus = "REMOVED"
)

// Membership is a person's place in a collaboration.
type Membership struct {
	ID              int64
	CollaborationID int64
	PersonID        int64
	Role            MembershipRole
	Status          MembershipStatus
	InvitedByID     *int64
	// InvitationLinkID is the link the person came in by, if any.
	InvitationLinkID *int64
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// ResourceKind is what is committed, needed or contributed.
type ResourceKind string

// The resource kinds; see Units in DESIGN.md.
const (
	KindTime     ResourceKind = "TIME"
	KindSkill    ResourceKind = "SKILL"
	KindMoney    ResourceKind = "MONEY"
	KindInKind   ResourceKind = "IN_KIND"
	KindGoodwill ResourceKind = "GOODWILL"
)

// Quantities are integers in the smallest step of their unit so that sums are exact:
// hundredths of an hour for TIME and SKILL, minor units of Currency for MONEY, and a
// count for IN_KIND and GOODWILL.

// Need is something a collaboration still lacks.
type Need struct {
	ID              int64
	CollaborationID int64
	Kind            ResourceKind
	Quantity        int64
	Unit            string
	Currency        string
	Skill           string
	Description     string
	Filled          bool
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// CommitmentStatus is where a commitment stands.
type CommitmentStatus string

// The commitment statuses.
const (
	CommitmentPending   CommitmentStatus = "PENDING"
	CommitmentBinding   CommitmentStatus = "BINDING"
	CommitmentWithdrawn CommitmentStatus = "WITHDRAWN"
	CommitmentReleased  CommitmentStatus = "RELEASED"
	// CommitmentLapsed never bound because its condition can no longer hold, such as a
	// pledge toward a proposal that was not adopted; LapseReason says why.
	CommitmentLapsed CommitmentStatus = "LAPSED"
)

// ConditionKind says when a conditional commitment binds.
type ConditionKind string

// The condition kinds.
const (
	ConditionNone       ConditionKind = "NONE"
	ConditionMembers    ConditionKind = "ACTIVE_MEMBERS"
	ConditionNeedFilled ConditionKind = "NEED_PLEDGED"
	// ConditionAllNeeds binds, while the collaboration forms, when pledges cover every
	// open need: the team forms at once or not at all.
	ConditionAllNeeds ConditionKind = "ALL_NEEDS_PLEDGED"
	// ConditionProposalAdopted binds a pledge toward a proposal's need when the proposal
	// is adopted, in the transaction that closes it; otherwise the pledge lapses.
	ConditionProposalAdopted ConditionKind = "PROPOSAL_ADOPTED"
)

// Commitment is what a member pledges to a collaboration.
type Commitment struct {
	ID                 int64
	CollaborationID    int64
	MembershipID       int64
	PersonID           int64
	NeedID             *int64
	Kind               ResourceKind
	Quantity           int64
	Unit               string
	Currency           string
	EstimatedValue     *int64
	Description        string
	DueAt              *time.Time
	ConditionKind      ConditionKind
	ConditionThreshold *int
	// ProposalNeedID is the proposal's need a pledge is toward (condition PROPOSAL_ADOPTED).
	ProposalNeedID *int64
	Status         CommitmentStatus
	// LapseReason says why a LAPSED commitment never bound.
	LapseReason string
	// ConditionDeadline, for a conditional commitment, is when it lapses if its
	// condition has not held by then.
	ConditionDeadline *time.Time
	// Period makes it recurring: Quantity per week or month (see periods.go), from
	// StartsOn to EndsOn (local dates, "2006-01-02", EndsOn included; nil: until
	// cancelled).
	Period      Recurrence
	StartsOn    *string
	EndsOn      *string
	CancelledAt *time.Time
	BoundAt     *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// CommitmentTerms are what a recurring commitment's periods that began before UntilAt owe
// (Quantity) and follow (TimeZone): kept when its amount is revised or its collaboration's
// zone changes, so that those periods stay as they were. Later periods follow the
// commitment's Quantity and the collaboration's zone.
type CommitmentTerms struct {
	ID           int64
	CommitmentID int64
	UntilAt      time.Time
	Quantity     int64
	TimeZone     string
}

// TableName is commitment_terms.
func (CommitmentTerms) TableName() string { return "commitment_terms" }

// Contribution is an append-only ledger entry of what someone gave.
type Contribution struct {
	ID              int64
	CollaborationID int64
	PersonID        int64
	CommitmentID    *int64
	Kind            ResourceKind
	Quantity        int64
	Unit            string
	Currency        string
	EstimatedValue  *int64
	Note            string
	OccurredAt      time.Time
	ConfirmedByID   *int64
	ConfirmedAt     *time.Time
	ReversesID      *int64
	CreatedAt       time.Time
}

// ProposalKind is what a proposal is about.
type ProposalKind string

// The proposal kinds.
const (
	ProposalGoal       ProposalKind = "GOAL"
	ProposalOutcome    ProposalKind = "OUTCOME"
	ProposalMembership ProposalKind = "MEMBERSHIP"
	ProposalOther      ProposalKind = "OTHER"
	// ProposalQuorum changes the collaboration's participation share when adopted.
	ProposalQuorum ProposalKind = "QUORUM"
)

// ProposalStatus is where a proposal stands.
type ProposalStatus string

// The proposal statuses.
const (
	ProposalOpen      ProposalStatus = "OPEN"
	ProposalAdopted   ProposalStatus = "ADOPTED"
	ProposalRejected  ProposalStatus = "REJECTED"
	ProposalWithdrawn ProposalStatus = "WITHDRAWN"
	// ProposalQuorumNotReached closed with too few members taking part: not adopted.
	ProposalQuorumNotReached ProposalStatus = "QUORUM_NOT_REACHED"
	// ProposalNotCovered closed with quorum and consent, but its pledges did not cover
	// what it needs: not adopted.
	ProposalNotCovered ProposalStatus = "NOT_COVERED"
)

// Closed reports whether a proposal with status st was decided at its closing time (as
// opposed to still open or withdrawn).
func (st ProposalStatus) Closed() bool {
	return st == ProposalAdopted || st == ProposalRejected || st == ProposalQuorumNotReached || st == ProposalNotCovered
}

// Proposal is something put to the members of a collaboration. ProposedGoal is the goal a
// GOAL proposal puts forward; it is empty for the other kinds.
type Proposal struct {
	ID              int64
	CollaborationID int64
	AuthorID        int64
	Kind            ProposalKind
	Title           string
	Body            string
	ProposedGoal    string
	// The outcome an OUTCOME proposal puts forward, if it names one; OutcomeID is the
	// outcome its adoption defined.
	OutcomeName     string
	OutcomeUnit     string
	OutcomeBaseline *float64
	OutcomeTarget   *float64
	OutcomeDueAt    *time.Time
	OutcomeID       *int64
	// ProposedQuorumShare is the participation share a QUORUM proposal puts forward.
	ProposedQuorumShare *float64
	// Anonymous proposals show how many take each stance, never who.
	Anonymous bool
	// DecisionKind is how it is decided: CONSENT (positions), or a poll with Options and
	// ballots; DotsPerMember is a DOT_VOTE's dots per member; PollResult is a poll's
	// outcome, stored at closing.
	DecisionKind  DecisionKind `gorm:"default:CONSENT"`
	Options       []PollOption `gorm:"serializer:json;not null"`
	DotsPerMember *int
	PollResult    *PollResult `gorm:"serializer:json"`
	ClosesAt      time.Time
	Status        ProposalStatus
	ClosedAt      *time.Time
	// At closing: how many members were ACTIVE, how many of them had to take part, how
	// many did, and why it ended as it did.
	QuorumEligible *int
	QuorumNeeded   *int
	QuorumTaken    *int
	ClosingReason  string
	// After closing, its author or a steward states what was decided, optionally with a
	// date to review it; the members are reminded then (ReviewRemindedAt).
	DecisionStatement  string
	DecisionStatedByID *int64
	DecisionStatedAt   *time.Time
	ReviewAt           *time.Time
	ReviewRemindedAt   *time.Time
	CreatedAt          time.Time
	UpdatedAt          time.Time
}

// ProposalNeed is a resource a proposal says it needs: it is adopted only if the pledges
// toward its needs cover them (see deciding.CoverNeeds).
type ProposalNeed struct {
	ID          int64
	ProposalID  int64
	Kind        ResourceKind
	Quantity    int64
	Unit        string
	Currency    string
	Skill       string
	Description string
	CreatedAt   time.Time
}

// Stance is a member's position on a proposal.
type Stance string

// The stances.
const (
	StanceAgree    Stance = "AGREE"
	StanceAbstain  Stance = "ABSTAIN"
	StanceDisagree Stance = "DISAGREE"
	StanceBlock    Stance = "BLOCK"
)

// Position is one member's stance on a proposal.
type Position struct {
	ID              int64
	CollaborationID int64
	ProposalID      int64
	PersonID        int64
	Stance          Stance
	Reason          string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// Comment is part of the discussion of a proposal.
type Comment struct {
	ID              int64
	CollaborationID int64
	ProposalID      int64
	AuthorID        int64
	Body            string
	CreatedAt       time.Time
	Hiding
}

// Thread is a conversation in a collaboration: a title and its posts, the first of which
// opens it.
type Thread struct {
	ID              int64
	CollaborationID int64
	AuthorID        int64
	Title           string
	// PostCount counts its posts, the opening one included; LastPostAt is when the newest
	// was written. Both change in the transaction of each reply.
	PostCount  int
	LastPostAt time.Time
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Post is one message of a thread, in Markdown.
type Post struct {
	ID              int64
	CollaborationID int64
	ThreadID        int64
	AuthorID        int64
	Body            string
	CreatedAt       time.Time
	// EditedAt is when its author last changed it; nil while never edited.
	EditedAt *time.Time
	Hiding
}

// Hiding is a steward's hiding of a post or comment: while HiddenAt is set, only its
// author, the collaboration's stewards and admins read its body; others read the reason.
type Hiding struct {
	HiddenAt     *time.Time
	HiddenByID   *int64
	HiddenReason string
}

// Hidden reports whether a steward hid it.
func (h Hiding) Hidden() bool { return h.HiddenAt != nil }

// PostRevision is one body a post has had: the first is the body as written, the last
// the body now.
type PostRevision struct {
	ID              int64
	CollaborationID int64
	PostID          int64
	Body            string
	CreatedAt       time.Time
}

// Direction says which way an outcome should move.
type Direction string

// The directions.
const (
	DirectionIncrease Direction = "INCREASE"
	DirectionDecrease Direction = "DECREASE"
)

// Outcome is a measurable result a collaboration aims for.
type Outcome struct {
	ID              int64
	CollaborationID int64
	Name            string
	Unit            string
	Baseline        float64
	Target          float64
	Direction       Direction
	DueAt           *time.Time
	// MetricID is the catalog metric the outcome counts, if it picked one; its unit is
	// then the metric's.
	MetricID    *int64
	CreatedByID int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// OutcomeValue links an outcome to a value it serves.
type OutcomeValue struct {
	ID              int64
	CollaborationID int64
	OutcomeID       int64
	ValueID         int64
}

// Measurement is one recorded reading of an outcome, with its evidence.
type Measurement struct {
	ID              int64
	CollaborationID int64
	OutcomeID       int64
	Value           float64
	MeasuredAt      time.Time
	EvidenceURL     string
	EvidenceNote    string
	RecordedByID    int64
	SupersedesID    *int64
	CreatedAt       time.Time
}

// Attestation is another member's confirmation of a measurement.
type Attestation struct {
	ID              int64
	CollaborationID int64
	MeasurementID   int64
	PersonID        int64
	CreatedAt       time.Time
}

// OutcomeRevision is one definition an outcome has had; the first is its definition at
// creation, the last its definition now.
type OutcomeRevision struct {
	ID              int64
	CollaborationID int64
	OutcomeID       int64
	Name            string
	Unit            string
	Baseline        float64
	Target          float64
	Direction       Direction
	DueAt           *time.Time
	ValueIDs        []int64 `gorm:"serializer:json"`
	Reason          string
	RevisedByID     int64
	CreatedAt       time.Time
}

// Activity records who did what to which entity, written with the change itself.
type Activity struct {
	ID              int64
	CollaborationID *int64
	ActorID         *int64
	Verb            string
	SubjectType     string
	SubjectID       int64
	CreatedAt       time.Time
}

// RefreshToken is one link of a session's chain of refresh tokens; only its hash is kept.
type RefreshToken struct {
	ID           int64
	PersonID     int64
	FamilyID     string
	TokenHash    string
	ExpiresAt    time.Time
	UsedAt       *time.Time
	ReplacedByID *int64
	RevokedAt    *time.Time
	CreatedAt    time.Time
}

// LoginAttempt records a failed sign-in, for throttling per account and per address.
type LoginAttempt struct {
	ID        int64
	Login     string
	IP        string
	CreatedAt time.Time
}

// TokenPurpose is what an account token is for.
type TokenPurpose string

// The token purposes.
const (
	TokenReset  TokenPurpose = "reset"
	TokenVerify TokenPurpose = "verify"
)

// AccountToken is a one-time token mailed to a person: a password reset, or the
// verification of an address (Email, their address or the one they are changing to).
// Only its hash is kept.
type AccountToken struct {
	ID        int64
	PersonID  int64
	Purpose   TokenPurpose
	TokenHash string
	Email     string
	ExpiresAt time.Time
	UsedAt    *time.Time
	CreatedAt time.Time
}

// AccountMailRequest records a request for account mail, for an address known or not,
// for rate limits per address and per client address.
type AccountMailRequest struct {
	ID        int64
	Purpose   TokenPurpose
	Address   string
	IP        string
	CreatedAt time.Time
}

// AllModels lists every model, for the check that migrations and models agree.
func AllModels() []any {
	return []any{
		&Person{}, &Value{}, &PersonValue{}, &Collaboration{}, &CollaborationValue{},
		&GoalRevision{}, &Membership{}, &Need{}, &Commitment{}, &Contribution{},
		&Proposal{}, &ProposalNeed{}, &Position{}, &Comment{}, &Outcome{}, &OutcomeValue{}, &Measurement{},
		&Attestation{}, &OutcomeRevision{}, &Activity{}, &RefreshToken{}, &LoginAttempt{}, &AccessToken{},
		&Notification{}, &IdempotencyKey{}, &InvitationLink{}, &MailPreference{}, &MailDigest{},
		&AccountToken{}, &AccountMailRequest{}, &Thread{}, &Post{}, &PostRevision{}, &Ballot{},
		&Report{}, &Block{}, &Suspension{},
		&Gathering{}, &GatheringRSVP{}, &GatheringAttendance{}, &CalendarFeed{},
		&Metric{}, &NeedOutcome{}, &CommitmentOutcome{}, &ContributionOutcome{}, &ProposalOutcomeLink{},
		&CommitmentTerms{},
	}
}

// NotificationKind is what a notification is about.
type NotificationKind string

// The notification kinds.
const (
	NotifyInvitation            NotificationKind = "INVITATION"
	NotifyJoinRequest           NotificationKind = "JOIN_REQUEST"
	NotifyContributionToConfirm NotificationKind = "CONTRIBUTION_TO_CONFIRM"
	NotifyProposalClosing       NotificationKind = "PROPOSAL_CLOSING"
	NotifyCommitmentDue         NotificationKind = "COMMITMENT_DUE"
	NotifyCommitmentOverdue     NotificationKind = "COMMITMENT_OVERDUE"
	// NotifyCommitmentLapsed tells a person their conditional commitment lapsed at its
	// deadline.
	NotifyCommitmentLapsed NotificationKind = "COMMITMENT_LAPSED"
	NotifyProposalAdopted  NotificationKind = "PROPOSAL_ADOPTED"
	NotifyProposalRejected NotificationKind = "PROPOSAL_REJECTED"
	// NotifyProposalQuorumNotReached tells the members a proposal closed without quorum.
	NotifyProposalQuorumNotReached NotificationKind = "PROPOSAL_QUORUM_NOT_REACHED"
	// NotifyProposalNotCovered tells the members a proposal closed with its pledges short.
	NotifyProposalNotCovered NotificationKind = "PROPOSAL_NOT_COVERED"
	// NotifyProposalReview reminds the members that a decision's review date has come.
	NotifyProposalReview NotificationKind = "PROPOSAL_REVIEW"
	// NotifyMention tells a member a post mentions them.
	NotifyMention NotificationKind = "MENTION"
	// NotifyGatheringMovedUp tells a person on a gathering's waiting list that a place
	// opened and they are now going.
	NotifyGatheringMovedUp NotificationKind = "GATHERING_MOVED_UP"
	// NotifyGatheringCancelled tells who answered going, maybe or waiting that a
	// gathering was cancelled.
	NotifyGatheringCancelled NotificationKind = "GATHERING_CANCELLED"
)

// Notification tells one person of something that waits for them.
type Notification struct {
	ID              int64
	PersonID        int64
	Kind            NotificationKind
	CollaborationID *int64
	ActorID         *int64
	SubjectType     string
	SubjectID       int64
	// DedupeKey, when set, is unique per person: a scheduled notice exists once.
	DedupeKey *string
	CreatedAt time.Time
	ReadAt    *time.Time
	// MailedAt is when it went out by mail, at once or in a digest; nil while not.
	MailedAt *time.Time
}

// MailPreference is how a person wants mail of one kind (package notify names the kinds
// and their defaults).
type MailPreference struct {
	ID        int64
	PersonID  int64
	Kind      string
	Cadence   string
	UpdatedAt time.Time
}

// MailDigest records one digest of a cadence for one person and period (the local date
// the period starts), so that each goes out once.
type MailDigest struct {
	ID       int64
	PersonID int64
	Cadence  string
	Period   string
	Items    int
	SentAt   time.Time
}

// AccessToken is a personal access token for a third-party client; only its hash is kept.
type AccessToken struct {
	ID         int64
	PersonID   int64
	Name       string
	Prefix     string
	TokenHash  string
	Scopes     string // "read" or "read,write"
	LastUsedAt *time.Time
	RevokedAt  *time.Time
	CreatedAt  time.Time
}

// CanWrite reports whether the token may run mutations.
func (t *AccessToken) CanWrite() bool { return t.Scopes == "read,write" }

// Valid reports whether k is one of the proposal kinds.
func (k ProposalKind) Valid() bool {
	return k == ProposalGoal || k == ProposalOutcome || k == ProposalMembership || k == ProposalOther || k == ProposalQuorum
}

// Valid reports whether st is one of the stances.
func (st Stance) Valid() bool {
	return st == StanceAgree || st == StanceAbstain || st == StanceDisagree || st == StanceBlock
}

// InvitationLink lets whoever holds it join a collaboration by committing, without waiting
// for a steward's approval, until it expires, is revoked or is used up. Only its token's
// hash is kept.
type InvitationLink struct {
	ID              int64
	CollaborationID int64
	CreatedByID     *int64
	// TokenHash never leaves the server, not even in its maker's data export.
	TokenHash string `json:"-"`
	// Email binds the link to one address: an invitation by mail, used once by whoever
	// holds that address. Nil for a link anyone may follow.
	Email *string
	// NeedID is the need the link is for, shown to its holder first.
	NeedID    *int64
	ExpiresAt time.Time
	// MaxUses bounds how many people may join by it; nil for no bound.
	MaxUses   *int
	Uses      int
	RevokedAt *time.Time
	CreatedAt time.Time
}

// ReportTarget is what a report is about.
type ReportTarget string

// The report targets.
const (
	ReportPost          ReportTarget = "POST"
	ReportComment       ReportTarget = "COMMENT"
	ReportPerson        ReportTarget = "PERSON"
	ReportCollaboration ReportTarget = "COLLABORATION"
)

// ReportReason is why someone reports.
type ReportReason string

// The report reasons; OTHER needs a text.
const (
	ReasonSpam           ReportReason = "SPAM"
	ReasonHarassment     ReportReason = "HARASSMENT"
	ReasonHate           ReportReason = "HATE"
	ReasonMisinformation ReportReason = "MISINFORMATION"
	ReasonOffTopic       ReportReason = "OFF_TOPIC"
	ReasonOther          ReportReason = "OTHER"
)

// ReportStatus is where a report stands.
type ReportStatus string

// The report statuses.
const (
	ReportOpen      ReportStatus = "OPEN"
	ReportResolved  ReportStatus = "RESOLVED"
	ReportDismissed ReportStatus = "DISMISSED"
)

// Report is someone's report of a post, comment, person or collaboration to the admins.
type Report struct {
	ID         int64
	ReporterID int64
	TargetType ReportTarget
	TargetID   int64
	// CollaborationID is the collaboration the target belongs to; nil for a person.
	CollaborationID *int64
	// SubjectPersonID is who the target is by (an author, the person); nil for a
	// collaboration.
	SubjectPersonID *int64
	Reason          ReportReason
	Body            string
	Status          ReportStatus
	CreatedAt       time.Time
	ClosedAt        *time.Time
	ClosedByID      *int64
	ClosingNote     string
}

// Block is one person's block of another: the blocked person cannot invite or mention
// the blocker, and their posts are folded away for them. It is private to the blocker.
type Block struct {
	ID        int64
	BlockerID int64
	BlockedID int64
	CreatedAt time.Time
}

// Suspension is an admin's suspension of an account, with its reason; LiftedAt is set
// when an admin restored the account. Person.SuspendedAt is the flag the rest reads.
type Suspension struct {
	ID            int64
	PersonID      int64
	SuspendedByID int64
	Reason        string
	CreatedAt     time.Time
	LiftedAt      *time.Time
	LiftedByID    *int64
}

// Gathering is an event a collaboration's stewards plan: a volunteer day, a planning
// call. StartsAt and EndsAt are UTC; TimeZone is the IANA zone it is held in.
type Gathering struct {
	ID              int64
	CollaborationID int64
	// NeedID is the need of the same collaboration it serves, if any.
	NeedID      *int64
	Title       string
	Description string
	StartsAt    time.Time
	EndsAt      time.Time
	TimeZone    string
	// Place, OnlineURL or both say where it happens.
	Place     string
	OnlineURL string
	// Capacity bounds how many may be GOING; nil for no bound.
	Capacity    *int
	CreatedByID int64
	CancelledAt *time.Time
	// AttendanceRecordedAt is when a steward recorded who attended; nil until then.
	AttendanceRecordedAt   *time.Time
	AttendanceRecordedByID *int64
	CreatedAt              time.Time
	UpdatedAt              time.Time
}

// OwnerID is the collaboration a gathering belongs to.
func (g *Gathering) OwnerID() int64 { return g.CollaborationID }

// RSVPStatus is a person's answer to a gathering.
type RSVPStatus string

// The answers. WAITING is a GOING answer beyond capacity, on the waiting list.
const (
	RSVPGoing    RSVPStatus = "GOING"
	RSVPMaybe    RSVPStatus = "MAYBE"
	RSVPNotGoing RSVPStatus = "NOT_GOING"
	RSVPWaiting  RSVPStatus = "WAITING"
)

// GatheringRSVP is one person's answer to a gathering; AnsweredAt (when they last
// changed it) orders the waiting list.
type GatheringRSVP struct {
	ID              int64
	CollaborationID int64
	GatheringID     int64
	PersonID        int64
	Status          RSVPStatus
	AnsweredAt      time.Time
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// TableName keeps the initialism whole.
func (GatheringRSVP) TableName() string { return "gathering_rsvps" }

// GatheringAttendance records that a person attended a gathering, with the TIME
// contribution that recording made.
type GatheringAttendance struct {
	ID              int64
	CollaborationID int64
	GatheringID     int64
	PersonID        int64
	ContributionID  int64
	CreatedAt       time.Time
}

// CalendarFeed is a person's private calendar feed of their gatherings; only its
// token's hash is kept.
type CalendarFeed struct {
	ID         int64
	PersonID   int64
	TokenHash  string `json:"-"`
	LastUsedAt *time.Time
	CreatedAt  time.Time
}
