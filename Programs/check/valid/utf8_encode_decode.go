// run

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'a', 'é', '世', '🙂', utf8.RuneError} {
		buf = utf8.AppendRune(buf, r)
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println(len(buf))
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		fmt.Printf("%c:%d ", r, size)
		buf = buf[size:]
	}
	fmt.Println()
	bad := []byte{0xe4, 0xb8}
	r, size := utf8.DecodeRune(bad)
	fmt.Println(r == utf8.RuneError, size, utf8.FullRune(bad), utf8.ValidRune(0xD800))
	fmt.Println(string([]rune{0x10FFFF + 1}) == "\uFFFD")
}
