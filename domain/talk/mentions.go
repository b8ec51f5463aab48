package talk

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// maxHandle is the longest handle (accounts.ValidateHandle).
const maxHandle = 30

// ParseMentions returns the handles a body mentions with @handle, each once, in the order
// they first appear. A handle is what accounts allow (lower-case letters, digits, '-' and
// '_'; an upper-case mention matches the lower-case handle). What is not prose does not
// mention anyone: code spans and code blocks, link destinations, an address such as
// ann@example.org (an @ right after a letter, digit or one of "._-+" is not a mention),
// and an @ followed by a longer run than a handle can be.
func ParseMentions(body string) []string {
	src := []byte(body)
	doc := markdown.Parser().Parse(text.NewReader(src))
	var out []string
	seen := map[string]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindRawHTML, ast.KindAutoLink:
			return ast.WalkSkipChildren, nil
		}
		t, ok := n.(*ast.Text)
		if !ok {
			return ast.WalkContinue, nil
		}
		for _, h := range mentionsIn(src, t.Segment.Start, t.Segment.Stop) {
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// mentionsIn finds each @ in src[start:stop] that starts a mention. It reads around the
// segment in src: the byte before an @ (a text node may start right after a word), and
// the handle to its end (Markdown splits text at '_', which handles may hold).
func mentionsIn(src []byte, start, stop int) []string {
	var out []string
	for i := start; i < stop; i++ {
		if src[i] != '@' || (i > 0 && wordByte(src[i-1])) {
			continue
		}
		j := i + 1
		for j < len(src) && handleByte(lower(src[j])) {
			j++
		}
		// A mention ends where the handle does; "@ann." ends a sentence, but "@ann.org"
		// or "@ann@x" are something else.
		if j < len(src) && (src[j] == '@' || (src[j] == '.' && j+1 < len(src) && handleByte(lower(src[j+1])))) {
			i = j
			continue
		}
		n := j - (i + 1)
		if n >= 3 && n <= maxHandle && alnum(lower(src[i+1])) {
			h := make([]byte, n)
			for k := range n {
				h[k] = lower(src[i+1+k])
			}
			out = append(out, string(h))
		}
		i = j - 1
	}
	return out
}

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func alnum(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') }

func handleByte(b byte) bool { return alnum(b) || b == '-' || b == '_' }

// wordByte reports whether an @ after b is part of a word or an address, not a mention.
func wordByte(b byte) bool {
	l := lower(b)
	return alnum(l) || l == '.' || l == '_' || l == '-' || l == '+' || b == '@' || b >= 0x80
}
