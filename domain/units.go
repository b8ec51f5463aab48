package domain

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"unicode/utf8"
)

// HourUnit is the unit of TIME and SKILL, kept in hundredths of an hour.
const HourUnit = "hours"

// currencyExponents are the ISO 4217 currencies Kindred accepts, with their minor-unit
// digits, so money is kept exactly in minor units.
var currencyExponents = map[string]int{
	"EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2,
	"HUF": 2, "RON": 2, "CAD": 2, "AUD": 2, "NZD": 2, "JPY": 0, "KRW": 0, "CNY": 2, "INR": 2,
	"BRL": 2, "MXN": 2, "ARS": 2, "CLP": 0, "COP": 2, "ZAR": 2, "KES": 2, "NGN": 2, "GHS": 2,
	"EGP": 2, "MAD": 2, "TRY": 2, "ILS": 2, "AED": 2, "SGD": 2, "HKD": 2, "IDR": 2, "PHP": 2,
	"THB": 2, "VND": 0, "UGX": 0, "TZS": 2, "ISK": 0, "UAH": 2,
}

// MaxUnitLength bounds the free-text unit of IN_KIND and GOODWILL ("meals", "boxes").
const MaxUnitLength = 30

// What one quantity (a need, a commitment or a ledger entry) may hold: as much as a
// person could mean, and far from what would strain a total (see Sum).
const (
	// MaxHours bounds time and skills: about five years of full-time work.
	MaxHours = 10_000
	// MaxMoney bounds money, in units of its currency (not minor units).
	MaxMoney = 1_000_000_000
	// MaxCount bounds what IN_KIND and GOODWILL count: meals, boxes, introductions.
	MaxCount = 1_000_000
)

// maxSteps is the largest quantity of kind (and currency) in smallest steps; every one is
// below 2^40, which keeps sums exact in SQL (see sumSplit).
func maxSteps(kind ResourceKind, currency string) int64 {
	m := int64(MaxCount)
	switch kind {
	case KindTime, KindSkill:
		m = MaxHours
	case KindMoney:
		m = MaxMoney
	}
	for range scale(kind, currency) {
		m *= 10
	}
	return m
}

// maxPhrase says what maxSteps allows, for a person: "10000 hours", "1000000000 EUR".
func maxPhrase(kind ResourceKind, unit string) string {
	switch kind {
	case KindTime, KindSkill:
		return fmt.Sprintf("%d hours", MaxHours)
	case KindMoney:
		return fmt.Sprintf("%d %s", MaxMoney, unit)
	}
	return fmt.Sprintf("%d %s", MaxCount, unit)
}

// Valid reports whether k is a known resource kind.
func (k ResourceKind) Valid() bool {
	switch k {
	case KindTime, KindSkill, KindMoney, KindInKind, KindGoodwill:
		return true
	}
	return false
}

// Amount is a quantity as people write it: a decimal number in a kind's unit.
type Amount struct {
	Kind     ResourceKind
	Unit     string
	Currency string
	// Steps is the quantity in the unit's smallest step (see model.go).
	Steps int64
}

// scale is the number of decimal digits the kind and currency keep.
func scale(kind ResourceKind, currency string) int {
	switch kind {
	case KindTime, KindSkill:
		return 2
	case KindMoney:
		return currencyExponents[currency]
	}
	return 0
}

// NormalizeUnit checks kind, unit and currency together and returns the canonical unit
// and currency: hours for TIME and SKILL, the currency code for MONEY, a word otherwise.
func NormalizeUnit(field string, kind ResourceKind, unit, currency string) (string, string, error) {
	if !kind.Valid() {
		return "", "", Invalid(field+".kind", "Kind is one of TIME, SKILL, MONEY, IN_KIND or GOODWILL.")
	}
	unit = strings.ToLower(strings.TrimSpace(unit))
	currency = strings.ToUpper(strings.TrimSpace(currency))
	switch kind {
	case KindTime, KindSkill:
		if unit != "" && unit != HourUnit && unit != "hour" && unit != "h" {
			return "", "", Invalid(field+".unit", "Time and skills are counted in hours, not %q.", unit)
		}
		if currency != "" {
			return "", "", Invalid(field+".currency", "Time and skills have no currency.")
		}
		return HourUnit, "", nil
	case KindMoney:
		if currency == "" {
			return "", "", Invalid(field+".currency", "Money needs a currency, such as EUR or USD.")
		}
		if _, ok := currencyExponents[currency]; !ok {
			return "", "", Invalid(field+".currency", "%q is not a currency Kindred knows; use an ISO 4217 code such as EUR.", currency)
		}
		if unit != "" && !strings.EqualFold(unit, currency) {
			return "", "", Invalid(field+".unit", "Money is counted in its currency %s, not %q.", currency, unit)
		}
		return currency, currency, nil
	}
	if currency != "" {
		return "", "", Invalid(field+".currency", "Only money has a currency.")
	}
	if unit == "" {
		return "", "", Invalid(field+".unit", "Say what is counted, such as meals, boxes or introductions.")
	}
	if err := CheckCharacters(field+".unit", "The unit", unit, false); err != nil {
		return "", "", err
	}
	if utf8.RuneCountInString(unit) > MaxUnitLength {
		return "", "", Invalid(field+".unit", "A unit is one short word or phrase of at most %d characters.", MaxUnitLength)
	}
	return unit, "", nil
}

// ParseAmount reads a positive decimal quantity of kind in its unit, such as "2.5" hours
// or "12.50" EUR, and returns it in smallest steps.
func ParseAmount(field string, kind ResourceKind, unit, currency, decimal string) (Amount, error) {
	unit, currency, err := NormalizeUnit(field, kind, unit, currency)
	if err != nil {
		return Amount{}, err
	}
	steps, err := parseSteps(field+".quantity", strings.TrimSpace(decimal), scale(kind, currency))
	if err != nil {
		return Amount{}, err
	}
	if steps > maxSteps(kind, currency) {
		return Amount{}, Invalid(field+".quantity", "%s is more than one quantity may hold: at most %s; give a larger amount as several.",
			strings.TrimSpace(decimal), maxPhrase(kind, unit))
	}
	return Amount{Kind: kind, Unit: unit, Currency: currency, Steps: steps}, nil
}

// plainDecimal is how a quantity is written: decimal digits with an optional fraction
// after a point, such as 2.5, 10 or .75; not hex (0x10), exponents, fractions or
// digit separators, which big.Rat would read too.
var plainDecimal = regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$`)

func parseSteps(field, s string, digits int) (int64, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || !plainDecimal.MatchString(s) {
		return 0, Invalid(field, "%q is not a decimal number; write it like 2.5.", s)
	}
	if r.Sign() <= 0 {
		return 0, Invalid(field, "A quantity must be more than zero.")
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)))
	if !r.IsInt() {
		if digits == 0 {
			return 0, Invalid(field, "This is counted in whole numbers; %s has a fraction.", s)
		}
		return 0, Invalid(field, "Use at most %d decimal places.", digits)
	}
	if !r.Num().IsInt64() {
		return 0, Invalid(field, "%s is too large.", s)
	}
	return r.Num().Int64(), nil
}

// FormatSteps writes steps of kind (and currency) back as a decimal string.
func FormatSteps(kind ResourceKind, currency string, steps int64) string {
	return formatSteps(kind, currency, big.NewInt(steps))
}

func formatSteps(kind ResourceKind, currency string, steps *big.Int) string {
	digits := scale(kind, currency)
	return new(big.Rat).SetFrac(steps, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)).FloatString(digits)
}

// SayAmount writes an amount as a sentence says it: "12.5", "3" (hours or a count, no
// trailing zeros), "500.00" (money keeps its minor units).
func SayAmount(kind ResourceKind, currency string, s Sum) string {
	q := FormatSum(kind, currency, s)
	if kind != KindMoney && strings.Contains(q, ".") {
		q = strings.TrimSuffix(strings.TrimRight(q, "0"), ".")
	}
	return q
}

// DescribeNeed says what a need asks for in a line of plain text, as a mail shows it:
// "12.5 hours of carpentry: fix the shelves", "500.00 EUR", "40 meals".
func DescribeNeed(n *Need) string {
	q := SayAmount(n.Kind, n.Currency, SumOf(n.Quantity))
	var s string
	switch n.Kind {
	case KindTime, KindSkill:
		s = q + " hours"
		if n.Skill != "" {
			s += " of " + n.Skill
		} else if n.Kind == KindTime {
			s += " of time"
		}
	case KindMoney:
		s = q + " " + n.Currency
	default:
		s = q + " " + n.Unit
	}
	if n.Description != "" {
		s += ": " + n.Description
	}
	return s
}
