package domain

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// Code classifies a domain error; the GraphQL layer maps each to extensions.code.
type Code string

// The error codes.
const (
	CodeInvalid         Code = "BAD_USER_INPUT"
	CodeUnauthenticated Code = "UNAUTHENTICATED"
	CodeForbidden       Code = "FORBIDDEN"
	CodeNotFound        Code = "NOT_FOUND"
	CodeConflict        Code = "CONFLICT"
	CodeRateLimited     Code = "RATE_LIMITED"
	CodeInternal        Code = "INTERNAL"
	// CodeUnavailable is a database outage: nothing is wrong with the request, and the
	// same request may succeed in a few seconds.
	CodeUnavailable Code = "UNAVAILABLE"
	// CodeMailNotConfigured: the server has no way to send mail, so what needs a mailed
	// link (a password reset, verifying an address) cannot be done here.
	CodeMailNotConfigured Code = "MAIL_NOT_CONFIGURED"
)

// Error is a failure a person can act on: a code and a message written for them.
type Error struct {
	Code    Code
	Message string
	// Field names the input field at fault, if one is.
	Field string
	// Format and Args made Message (Errorf, Invalid): the English format is the message's
	// id in the catalogs (package locale), so the API can answer in the request's language.
	Format string
	Args   []any
}

func (e *Error) Error() string { return e.Message }

// Label is an argument of an error's message that is itself a message to translate
// ("Display name" in "%s cannot be empty."), unlike a person's words.
type Label string

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// FieldErrorf returns an *Error with the code and a formatted message about one field.
func FieldErrorf(code Code, field, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Field: field, Format: format, Args: args}
}

// Invalid returns a BAD_USER_INPUT error about one field.
func Invalid(field, format string, args ...any) *Error {
	return FieldErrorf(CodeInvalid, field, format, args...)
}

// ErrorCode returns the code of err: the code of a wrapped *Error, else CodeInternal.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrUnauthenticated is returned when an action needs a signed-in person.
var ErrUnauthenticated = Errorf(CodeUnauthenticated, "You need to log in to do this.")

// DBErr turns the translated GORM errors into domain errors; others are wrapped as internal.
func DBErr(err error, what string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		return Errorf(CodeNotFound, "%s was not found.", what)
	case errors.Is(err, gorm.ErrDuplicatedKey):
		return Errorf(CodeConflict, "%s already exists.", what)
	case errors.Is(err, gorm.ErrForeignKeyViolated):
		return Errorf(CodeConflict, "%s refers to something that no longer exists.", what)
	case errors.Is(err, gorm.ErrCheckConstraintViolated):
		return Errorf(CodeInvalid, "%s is not valid.", what)
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}
