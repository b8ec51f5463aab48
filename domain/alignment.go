package domain

// Strength is one value of a profile and how strongly it is held (or weighed), 1–5.
type Strength struct {
	ValueID  int64
	Strength int
}

// Alignment is the weighted Jaccard (Ruzicka) similarity of two value profiles:
// Σ min(sa, sb) / Σ max(sa, sb) over all values. Symmetric, in [0, 1], 1 for identical
// profiles and 0 with nothing shared. Profiles list each value at most once.
func Alignment(a, b []Strength) float64 {
	m, d := AlignmentParts(a, b)
	if d == 0 {
		return 0
	}
	return float64(m) / float64(d)
}

// AlignmentParts returns Σ min and Σ max; the score is their ratio. Σ max over the union
// is Σa + Σb − Σ min, which is what lets the index score from shared values alone.
// Profiles sorted by value ID (as the discovery indexes keep them) are merged without
// allocating; others are matched through a map.
func AlignmentParts(a, b []Strength) (minSum, maxSum int) {
	if byValue(a) && byValue(b) {
		sa, sb := 0, 0
		for _, x := range a {
			sa += x.Strength
		}
		for i, j := 0, 0; j < len(b); j++ {
			y := b[j]
			sb += y.Strength
			for i < len(a) && a[i].ValueID < y.ValueID {
				i++
			}
			if i < len(a) && a[i].ValueID == y.ValueID {
				minSum += min(a[i].Strength, y.Strength)
			}
		}
		return minSum, sa + sb - minSum
	}
	in := make(map[int64]int, len(a))
	sa, sb := 0, 0
	for _, x := range a {
		in[x.ValueID] = x.Strength
		sa += x.Strength
	}
	for _, y := range b {
		sb += y.Strength
		if s, ok := in[y.ValueID]; ok {
			minSum += min(s, y.Strength)
		}
	}
	return minSum, sa + sb - minSum
}

// byValue reports whether p is sorted by value ID.
func byValue(p []Strength) bool {
	for i := 1; i < len(p); i++ {
		if p[i-1].ValueID >= p[i].ValueID {
			return false
		}
	}
	return true
}
