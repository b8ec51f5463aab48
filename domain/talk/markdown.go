package talk

import (
	"bytes"
	"html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// LinkRel is the rel of every link in a post: a post's links are its author's, not
// Kindred's, so they pass no ranking and no window.opener.
const LinkRel = "nofollow noopener ugc"

// markdown renders CommonMark without raw HTML: HTML in a post is escaped and shown as
// the text it is (see escapeHTML), images become links, and links get LinkRel. goldmark
// without html.WithUnsafe also drops dangerous link destinations (javascript:, data:).
var markdown = goldmark.New(
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(linkRel{}, 100))),
	goldmark.WithRendererOptions(
		ghtml.WithHardWraps(),
		renderer.WithNodeRenderers(util.Prioritized(escapeHTML{}, 100)),
	),
)

// RenderMarkdown returns the HTML of a post's body: the safe subset (paragraphs, links,
// emphasis, lists, quotes, code, headings), never HTML of the author's.
func RenderMarkdown(body string) string {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(body), &b); err != nil {
		// Rendering into a buffer cannot fail; should it, the text stays readable.
		return "<p>" + html.EscapeString(body) + "</p>"
	}
	return b.String()
}

// linkRel gives every link LinkRel and turns images into links to them: an image
// would load from the author's choice of server as soon as anyone reads the post.
type linkRel struct{}

func (linkRel) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	var images []*ast.Image
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link, *ast.AutoLink:
			l.SetAttributeString("rel", []byte(LinkRel))
		case *ast.Image:
			images = append(images, l)
		}
		return ast.WalkContinue, nil
	})
	for _, img := range images {
		link := ast.NewLink()
		link.Destination, link.Title = img.Destination, img.Title
		link.SetAttributeString("rel", []byte(LinkRel))
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			link.AppendChild(link, c)
			c = next
		}
		img.Parent().ReplaceChild(img.Parent(), img, link)
	}
}

// escapeHTML renders raw HTML, inline or as a block, as the text it is.
type escapeHTML struct{}

func (escapeHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			segs := n.(*ast.RawHTML).Segments
			for i := 0; i < segs.Len(); i++ {
				s := segs.At(i)
				_, _ = w.WriteString(html.EscapeString(string(s.Value(source))))
			}
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		b := n.(*ast.HTMLBlock)
		_, _ = w.WriteString("<p>")
		lines := b.Lines()
		for i := 0; i < lines.Len(); i++ {
			s := lines.At(i)
			if i > 0 {
				_, _ = w.WriteString("<br>\n")
			}
			_, _ = w.WriteString(html.EscapeString(string(bytes.TrimRight(s.Value(source), "\r\n"))))
		}
		if b.HasClosure() {
			if lines.Len() > 0 {
				_, _ = w.WriteString("<br>\n")
			}
			_, _ = w.WriteString(html.EscapeString(string(bytes.TrimRight(b.ClosureLine.Value(source), "\r\n"))))
		}
		_, _ = w.WriteString("</p>\n")
		return ast.WalkSkipChildren, nil
	})
}
