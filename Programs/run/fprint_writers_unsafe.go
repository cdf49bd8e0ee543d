// run

package main

import (
	"fmt"
	"io"
	"strings"
	"unsafe"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Println(n, err, sb.String())
	var loud strings.Builder
	fmt.Fprintln(upper{&loud}, "shouted", 3)
	fmt.Print(loud.String())
	var c counter
	fmt.Fprint(&c, "abc", 12, true)
	fmt.Println(c.n)
	var w io.Writer = &sb
	fmt.Fprintf(w, "[%v]", []int{1, 2})
	fmt.Println(sb.String(), sb.Len())
	b := []byte("hello")
	s := unsafe.String(unsafe.SliceData(b), len(b))
	fmt.Println(s, len(unsafe.Slice(unsafe.StringData(s), 3)))
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.String(nil, 3)
}
