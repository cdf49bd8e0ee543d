// run

// Lexer that yields tokens lazily through iter.Seq2[Token, error], consumed by range-over-func, iter.Pull and a tiny recursive-descent evaluator.

package main

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"unicode"
)

type Kind int
const (
	EOF Kind = iota
	Num
	Ident
	Op
	LParen
	RParen
)

func (k Kind) String() string { return [...]string{"EOF", "Num", "Ident", "Op", "LParen", "RParen"}[k] }
type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func Lex(src string) iter.Seq2[Token, error] {
	return func(yield func(Token, error) bool) {
		rs, i := []rune(src), 0
		for i < len(rs) {
			r, start := rs[i], i
			var t Token
			switch {
			case unicode.IsSpace(r):
				i++
				continue
			case unicode.IsDigit(r):
				for i < len(rs) && (unicode.IsDigit(rs[i]) || rs[i] == '.') {
					i++
				}
				t = Token{Num, string(rs[start:i]), start}
			case unicode.IsLetter(r) || r == '_':
				for i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]) || rs[i] == '_') {
					i++
				}
				t = Token{Ident, string(rs[start:i]), start}
			case r == '(' || r == ')':
				i++
				t = Token{map[rune]Kind{'(': LParen, ')': RParen}[r], string(r), start}
			case r == '+' || r == '-' || r == '*' || r == '/':
				i++
				t = Token{Op, string(r), start}
			default:
				yield(Token{}, fmt.Errorf("unexpected %q at %d", r, start))
				return
			}
			if !yield(t, nil) {
				return
			}
		}
		yield(Token{EOF, "", len(rs)}, nil)
	}
}

type parser struct {
	next func() (Token, error, bool)
	tok  Token
}

func (p *parser) advance() {
	var err error
	if p.tok, err, _ = p.next(); err != nil {
		panic(err)
	}
}

func (p *parser) binary(ops string, operand func() float64) float64 {
	v := operand()
	for p.tok.Kind == Op && strings.Contains(ops, p.tok.Text) {
		op := p.tok.Text
		p.advance()
		switch r := operand(); op {
		case "+":
			v += r
		case "-":
			v -= r
		case "*":
			v *= r
		default:
			v /= r
		}
	}
	return v
}

func (p *parser) expr() float64 { return p.binary("+-", p.term) }
func (p *parser) term() float64 { return p.binary("*/", p.factor) }

func (p *parser) factor() float64 {
	t := p.tok
	p.advance()
	switch t.Kind {
	case Num:
		f, _ := strconv.ParseFloat(t.Text, 64)
		return f
	case Ident:
		return vars[t.Text]
	case LParen:
		defer p.advance()
		return p.expr()
	case Op:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic(fmt.Sprintf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos))
}

var vars = map[string]float64{"rate": 2, "x_1": 1.5, "pi": 3.14159}

func eval(src string) (v float64, err error) {
	next, stop := iter.Pull2(Lex(src))
	defer stop()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", src, r)
		}
	}()
	p := &parser{next: next}
	p.advance()
	return p.expr(), nil
}

func main() {
	for t := range Lex("rate * (x_1 + 2.5) - 3") {
		if t.Kind == Op && t.Text == "-" {
			break
		}
		fmt.Printf("%-6v %-5q @%d\n", t.Kind, t.Text, t.Pos)
	}
	for _, src := range []string{"rate * (x_1 + 2.5) - 3", "-(1+2)*3/4", "2*pi*10", "1 + $", "((4)"} {
		v, err := eval(src)
		fmt.Printf("%q => %v err=%v\n", src, v, err)
	}
}
