// run

// Details a new user met: fmt's # flag on floats, %x of floats, zero
// padding of strings and of 0x-prefixed numbers, %q precision, top-level
// pointers to composites under any verb; strconv's 'b' and 'x' formats and
// float32 rounding; Go's simple case mappings; panic(nil) and the runtime's
// error types; gc's order of plain operands after calls.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type counter struct{ n int }

func (c *counter) Inc() int { c.n++; return c.n }

func main() {
	fmt.Printf("%#.0f|%#g|%#.3g|%#e\n", 2.5, 1.0, 2.0, 3.0)
	fmt.Printf("%x %X %.3x %x %x\n", 1.5, 255.0, 1.5, -0.25, 0.0)
	fmt.Printf("%05s|%-5s|%.1q|%.3q|%05t\n", "ab", "ab", "hello", "héllo", true)
	fmt.Printf("%#08x|%#8x|%08x|%#o|%#08b\n", 3054, 3054, 3054, 8, 5)
	fmt.Printf("%d|%s|%x|%v\n", &[]int{1}, &[]string{"a"}, &[]byte{1}, &map[string]int{"a": 1})
	fmt.Printf("%d|%v|%+v\n", &[2]int{1, 2}, &struct{ A int }{1}, &struct{ A *int }{})
	fmt.Printf("%6.2f|%-8.3e|%08.3f|%+.1f|%5.1f\n", 3.14159, 1234.5678, -3.14159, 2.0, -1e9)

	fmt.Println(strconv.FormatFloat(1234567.891, 'f', 2, 32), strconv.FormatFloat(1.1, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.5, 'b', -1, 32), strconv.FormatFloat(-0.1, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64), strconv.FormatFloat(1024, 'x', -1, 32))

	fmt.Printf("%q %q %q %q\n", strings.ToUpper("ß straße"), strings.ToLower("İSTANBUL"), strings.ToUpper("ǆ ſ ı"), strings.ToLower("ΑΣ"))
	fmt.Printf("%c %c %c %c\n", unicode.ToLower('İ'), unicode.ToUpper('ß'), unicode.ToUpper('ᾳ'), unicode.ToTitle('ǆ'))

	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		panic(nil)
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		var x any = 1
		_ = x.(fmt.Stringer)
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		s := []int{1}
		_ = [3]int(s)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		n := -2
		_ = strings.Repeat("x", n)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = bytes.Repeat([]byte("x"), -1)
	}()

	n := 0
	inc := func() int { n++; return n }
	fmt.Println(n, inc())
	a := []int{10, 20}
	set := func() int { a[0] = 99; return 1 }
	fmt.Println(a[0], set(), a[0]+1)
	c := &counter{}
	fmt.Println(c.n, c.Inc(), c.n)
	fmt.Printf("%d %d\n", n, inc())
	s := fmt.Sprint(n, " ", inc())
	fmt.Println(s)
}
