// run

package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.FieldsFunc("  a1b2  c3 ", unicode.IsDigit), strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.IndexFunc("héllo", unicode.IsUpper), strings.LastIndexFunc("héllo wörld", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "ng"), strings.LastIndexAny("golang", "go"))
	r := strings.NewReplacer("a", "1", "b", "2", "ab", "X")
	fmt.Println(r.Replace("abcab"), strings.NewReplacer("", "-").Replace("héllo"), strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	rd := strings.NewReader("héllo, reader")
	b := make([]byte, 4)
	n, err := rd.Read(b)
	fmt.Println(n, err, string(b[:n]), rd.Len(), rd.Size())
	c, sz, err := rd.ReadRune()
	fmt.Println(c, sz, err)
	rest, err := io.ReadAll(rd)
	fmt.Println(string(rest), err)
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print(part, ";")
	}
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	after, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(after, ok, strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.LastIndexByte("abcabc", 'b'))
	rr, s2 := utf8.DecodeLastRuneInString("héllo wörld")
	fmt.Println(rr, s2, utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte("a\xff")))
	buf := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(buf, '世'), buf)
}
