package mail

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// TLS is how a connection to the SMTP server is secured.
type TLS string

// The TLS modes.
const (
	// TLSImplicit: TLS from the first byte (smtps://, port 465).
	TLSImplicit TLS = "implicit"
	// TLSStartTLS: STARTTLS is required (smtp://, the default).
	TLSStartTLS TLS = "starttls"
	// TLSOpportunistic: STARTTLS when offered (smtp://…?tls=opportunistic).
	TLSOpportunistic TLS = "opportunistic"
	// TLSNone: plain text, for a relay on loopback or in tests (smtp://…?tls=none).
	TLSNone TLS = "none"
)

// SMTP is where mail is sent.
type SMTP struct {
	Host     string
	Port     int
	TLS      TLS
	Username string
	Password string
}

// ParseSMTPURL reads smtp://user:password@host:port?tls=starttls|opportunistic|none or
// smtps://user:password@host:port (implicit TLS). Ports default to 587 and 465.
func ParseSMTPURL(raw string) (SMTP, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return SMTP{}, errors.New("mail: the SMTP URL does not parse")
	}
	s := SMTP{Host: u.Hostname()}
	switch u.Scheme {
	case "smtp":
		s.TLS, s.Port = TLSStartTLS, 587
		if m := u.Query().Get("tls"); m != "" {
			s.TLS = TLS(m)
		}
		switch s.TLS {
		case TLSStartTLS, TLSOpportunistic, TLSNone:
		default:
			return SMTP{}, fmt.Errorf("mail: SMTP URL: tls=%q, want starttls, opportunistic or none", s.TLS)
		}
	case "smtps":
		s.TLS, s.Port = TLSImplicit, 465
	default:
		return SMTP{}, fmt.Errorf("mail: SMTP URL scheme %q, want smtp or smtps", u.Scheme)
	}
	if s.Host == "" {
		return SMTP{}, errors.New("mail: the SMTP URL has no host")
	}
	if p := u.Port(); p != "" {
		if s.Port, err = strconv.Atoi(p); err != nil || s.Port <= 0 || s.Port > 65535 {
			return SMTP{}, fmt.Errorf("mail: SMTP port %q", p)
		}
	}
	if u.User != nil {
		s.Username = u.User.Username()
		s.Password, _ = u.User.Password()
	}
	return s, nil
}

// Sender delivers messages over SMTP.
type Sender struct {
	smtp SMTP
	from string
}

// NewSender sends through s as from (an address, optionally with a name).
func NewSender(s SMTP, from string) *Sender { return &Sender{smtp: s, from: from} }

func (s *Sender) client() (*gomail.Client, error) {
	opts := []gomail.Option{gomail.WithPort(s.smtp.Port), gomail.WithTimeout(30 * time.Second)}
	switch s.smtp.TLS {
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	case TLSOpportunistic:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if s.smtp.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.smtp.Username), gomail.WithPassword(s.smtp.Password))
	}
	return gomail.NewClient(s.smtp.Host, opts...)
}

// Send delivers m.
func (s *Sender) Send(ctx context.Context, m Message) error {
	msg := gomail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return fmt.Errorf("mail: from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return fmt.Errorf("mail: to: %w", err)
	}
	msg.Subject(m.Subject)
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	for k, v := range m.Headers() {
		msg.SetGenHeader(gomail.Header(k), v)
	}
	c, err := s.client()
	if err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("mail: send: %w", err)
	}
	return nil
}
