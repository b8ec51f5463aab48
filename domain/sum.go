package domain

import (
	"fmt"
	"math/big"
	"math/bits"
)

// Sum is an exact total of quantities in smallest steps. What one quantity may hold is
// bounded (see maxSteps), but how many a total adds up is not, so a Sum holds 128 bits:
// no total of int64 quantities overflows it. The zero Sum is zero.
type Sum struct {
	hi int64
	lo uint64
}

// SumOf returns n as a Sum.
func SumOf(n int64) Sum {
	return Sum{hi: n >> 63, lo: uint64(n)} //nolint:gosec // G115: two's complement, the low 64 bits of n on purpose
}

// Add returns s + n.
func (s Sum) Add(n int64) Sum { return s.Plus(SumOf(n)) }

// Plus returns s + t.
func (s Sum) Plus(t Sum) Sum {
	lo, carry := bits.Add64(s.lo, t.lo, 0)
	hi := s.hi + t.hi
	if carry != 0 {
		hi++
	}
	return Sum{hi: hi, lo: lo}
}

// Cmp compares s and t: -1, 0 or +1.
func (s Sum) Cmp(t Sum) int {
	switch {
	case s.hi < t.hi:
		return -1
	case s.hi > t.hi:
		return 1
	case s.lo < t.lo:
		return -1
	case s.lo > t.lo:
		return 1
	}
	return 0
}

// Less reports whether s is less than the quantity n.
func (s Sum) Less(n int64) bool { return s.Cmp(SumOf(n)) < 0 }

// Sign returns -1, 0 or +1 as s is negative, zero or positive.
func (s Sum) Sign() int { return s.Cmp(Sum{}) }

// Float64 returns s as the nearest float64, for ratios and shares.
func (s Sum) Float64() float64 { return float64(s.hi)*0x1p64 + float64(s.lo) }

// Big returns s as a big.Int.
func (s Sum) Big() *big.Int {
	b := new(big.Int).Lsh(big.NewInt(s.hi), 64)
	return b.Add(b, new(big.Int).SetUint64(s.lo))
}

// String writes s in decimal.
func (s Sum) String() string { return s.Big().String() }

// Format lets fmt write a Sum with the verbs of an integer (%d, %v, %s, %x).
func (s Sum) Format(f fmt.State, verb rune) {
	if verb == 's' {
		verb = 'd'
	}
	s.Big().Format(f, verb)
}

// FormatSum writes a total of kind (and currency) in steps as a decimal string.
func FormatSum(kind ResourceKind, currency string, s Sum) string {
	return formatSteps(kind, currency, s.Big())
}

// SQL sums stay exact on both databases by summing a column in two parts, its steps above
// and below sumSplit: SQLite's SUM of integers fails on int64 overflow, and PostgreSQL's
// exact numeric SUM does not scan into an int64. With quantities bounded by 2^40 steps (see
// maxSteps), each part of one quantity is at most 2^20, so a part's SUM overflows only past
// 2^43 entries, more than a database holds; even a legacy entry of 2^50 steps, accepted
// before the bound, leaves room for 2^33 of them.
const sumSplit = 1 << 20

// SumParts returns the SQL that sums expr into the columns name_hi and name_lo; read them
// back with sumFromParts.
func SumParts(expr, name string) string {
	return fmt.Sprintf("SUM((%[1]s) / %[2]d) AS %[3]s_hi, SUM((%[1]s) %% %[2]d) AS %[3]s_lo", expr, sumSplit, name)
}

// SumFromParts is the Sum of the two parts sumParts returns: hi·2^20 + lo. Both databases
// divide integers toward zero, so hi·2^20 + lo is each quantity, negative ones too.
func SumFromParts(hi, lo int64) Sum {
	return Sum{hi: hi >> 44, lo: uint64(hi) << 20}.Add(lo) //nolint:gosec // G115: two's complement, the low bits of hi·2^20 on purpose
}
