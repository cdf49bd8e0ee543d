// run

package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"strings"
)

type rdr struct {
	s string
	i int
}

func (r *rdr) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	if n > 3 {
		n = 3
	}
	r.i += n
	return n, nil
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 1.5), cmp.Or(0, 0, 3, 4), cmp.Or("", "x"))
	b, err := io.ReadAll(&rdr{s: "hello, world"})
	fmt.Println(string(b), err)
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF))
	buf := make([]byte, 20)
	n, err := io.ReadFull(&rdr{s: "abc"}, buf)
	fmt.Println(n, err)
	var sb strings.Builder
	_ = sb
	n2, err := io.Copy(io.Discard, &rdr{s: "0123456789"})
	fmt.Println(n2, err)
}
