package talk_test

import (
	"fmt"
	"strings"
	"testing"

	"kindred/domain/talk"
)

func TestParseMentions(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"one", "Thanks @ann-lee!", []string{"ann-lee"}},
		{"each_once_in_order", "@bob and @ann, then @bob again", []string{"bob", "ann"}},
		{"upper_case_matches_lower", "Hi @Ann_Lee.", []string{"ann_lee"}},
		{"underscore_inside_handle", "ask @ann_lee_2 please", []string{"ann_lee_2"}},
		{"start_of_line_and_in_emphasis", "@bob\n*@cyd* and **@dee**", []string{"bob", "cyd", "dee"}},
		{"in_list_and_quote", "- @bob\n\n> @cyd", []string{"bob", "cyd"}},
		{"not_an_email_address", "write to ann@example.org or bo.x@mail.org", nil},
		{"not_a_domain", "see @example.org", nil},
		{"not_in_code_span", "run `@bob` now", nil},
		{"not_in_fenced_code", "```\n@bob\n```\nbut @cyd", []string{"cyd"}},
		{"not_in_indented_code", "text\n\n    @bob here\n", nil},
		{"not_in_autolink", "<mailto:x@bo.org> <https://x.org/@bob>", nil},
		{"too_short", "@al is not a handle", nil},
		{"too_long", "@" + strings.Repeat("a", 31), nil},
		{"longest", "@" + strings.Repeat("a", 30), []string{strings.Repeat("a", 30)}},
		{"lone_at", "meet @ 5", nil},
		{"after_punctuation", "(@bob), \"@cyd\"", []string{"bob", "cyd"}},
		{"after_unicode_word", "é@bob", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := talk.ParseMentions(tt.body); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("ParseMentions(%q) = %v, want %v", tt.body, got, tt.want)
			}
		})
	}
}

func TestRenderMarkdown(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		never      []string
	}{
		{"script_renders_as_text", "<script>alert(1)</script>", []string{"&lt;script&gt;alert(1)&lt;/script&gt;"}, []string{"<script"}},
		{"inline_html_as_text", "a <b onclick=\"x()\">b</b> c", []string{"&lt;b onclick=&#34;x()&#34;&gt;"}, []string{"<b "}},
		{"emphasis", "*a* **b**", []string{"<em>a</em>", "<strong>b</strong>"}, nil},
		{"list", "- one\n- two", []string{"<ul>", "<li>one</li>"}, nil},
		{"quote", "> said", []string{"<blockquote>"}, nil},
		{"code", "`x<y`\n\n```\nz<w\n```", []string{"<code>x&lt;y</code>", "<pre><code>z&lt;w"}, nil},
		{"link_rel", "[site](https://example.org)", []string{`<a href="https://example.org" rel="nofollow noopener ugc">site</a>`}, nil},
		{"autolink_rel", "<https://example.org>", []string{`rel="nofollow noopener ugc"`}, nil},
		{"javascript_link_dropped", "[x](javascript:alert(1))", []string{`<a href="" rel="nofollow noopener ugc">x</a>`}, []string{"javascript:"}},
		{"image_becomes_link", "![a cat](https://example.org/cat.png)", []string{`<a href="https://example.org/cat.png" rel="nofollow noopener ugc">a cat</a>`}, []string{"<img"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talk.RenderMarkdown(tt.body)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("RenderMarkdown(%q) = %q, want it to contain %q", tt.body, got, w)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(got, n) {
					t.Errorf("RenderMarkdown(%q) = %q, want no %q", tt.body, got, n)
				}
			}
		})
	}
}
