package domain

import (
	"errors"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name                  string
		kind                  ResourceKind
		unit, currency, input string
		wantSteps             int64
		wantUnit              string
		ok                    bool
	}{
		{"hours", KindTime, "hours", "", "2.5", 250, "hours", true},
		{"hours_default_unit", KindSkill, "", "", "10", 1000, "hours", true},
		{"hours_three_decimals", KindTime, "hours", "", "1.005", 0, "", false},
		{"money_eur", KindMoney, "", "eur", "12.50", 1250, "EUR", true},
		{"money_yen_whole", KindMoney, "JPY", "JPY", "500", 500, "JPY", true},
		{"money_yen_fraction", KindMoney, "", "JPY", "1.5", 0, "", false},
		{"money_without_currency", KindMoney, "", "", "10", 0, "", false},
		{"unknown_currency", KindMoney, "", "XYZ", "10", 0, "", false},
		{"in_kind_count", KindInKind, "Meals", "", "40", 40, "meals", true},
		{"in_kind_fraction", KindInKind, "meals", "", "1.5", 0, "", false},
		{"goodwill_needs_unit", KindGoodwill, "", "", "3", 0, "", false},
		{"zero", KindTime, "hours", "", "0", 0, "", false},
		{"negative", KindTime, "hours", "", "-2", 0, "", false},
		{"not_a_number", KindTime, "hours", "", "ten", 0, "", false},
		{"fraction_syntax", KindTime, "hours", "", "1/3", 0, "", false},
		{"exponent", KindTime, "hours", "", "1e9", 0, "", false},
		{"huge", KindInKind, "meals", "", "99999999999999999999", 0, "", false},
		{"time_with_currency", KindTime, "hours", "EUR", "1", 0, "", false},
		{"unknown_kind", ResourceKind("FAVOURS"), "x", "", "1", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAmount("commitment", tt.kind, tt.unit, tt.currency, tt.input)
			if (err == nil) != tt.ok {
				t.Fatalf("got %+v, %v, want ok %v", a, err, tt.ok)
			}
			if err != nil {
				if ErrorCode(err) != CodeInvalid {
					t.Errorf("got code %s, want %s", ErrorCode(err), CodeInvalid)
				}
				return
			}
			if a.Steps != tt.wantSteps || a.Unit != tt.wantUnit {
				t.Errorf("got %d %s, want %d %s", a.Steps, a.Unit, tt.wantSteps, tt.wantUnit)
			}
			if back := FormatSteps(a.Kind, a.Currency, a.Steps); back == "" {
				t.Error("empty format")
			}
		})
	}
	if got := FormatSteps(KindTime, "", 250); got != "2.50" {
		t.Errorf("FormatSteps: got %s, want 2.50", got)
	}
	if got := FormatSteps(KindMoney, "JPY", 500); got != "500" {
		t.Errorf("FormatSteps JPY: got %s, want 500", got)
	}
}

// TestQuantityIsPlainDecimal: a quantity is written in decimal digits with an optional
// fraction, nothing else big.Rat would read: no hex, octal or binary, no digit separators,
// exponents or fractions.
func TestQuantityIsPlainDecimal(t *testing.T) {
	for _, s := range []string{"16", "2.5", ".5", "3.", "+4", " 7 ", "0.01"} {
		if _, err := ParseAmount("contribution", KindTime, "", "", s); err != nil {
			t.Errorf("%q: got %v, want ok", s, err)
		}
	}
	for _, s := range []string{"0x10", "0X10", "0b101", "0o17", "017_0", "0x1p4", "1_000", "1e3", "1/2", "Inf", "NaN", "١٢", "1,5", "--1", ""} {
		_, err := ParseAmount("contribution", KindTime, "", "", s)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid || e.Field != "contribution.quantity" {
			t.Errorf("%q: got %v, want BAD_USER_INPUT on contribution.quantity", s, err)
		}
	}
}

func TestDescribeNeed(t *testing.T) {
	for _, tt := range []struct {
		need Need
		want string
	}{
		{Need{Kind: KindTime, Quantity: 1250, Unit: HourUnit, Description: "fix the shelves"}, "12.5 hours of time: fix the shelves"},
		{Need{Kind: KindSkill, Quantity: 800, Unit: HourUnit, Skill: "carpentry"}, "8 hours of carpentry"},
		{Need{Kind: KindMoney, Quantity: 50000, Currency: "EUR", Unit: "EUR"}, "500.00 EUR"},
		{Need{Kind: KindInKind, Quantity: 40, Unit: "meals"}, "40 meals"},
	} {
		if got := DescribeNeed(&tt.need); got != tt.want {
			t.Errorf("DescribeNeed(%+v) = %q, want %q", tt.need, got, tt.want)
		}
	}
}
