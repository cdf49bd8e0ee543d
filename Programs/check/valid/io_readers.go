// run

package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

func main() {
	data, err := io.ReadAll(upper{strings.NewReader("hello reader")})
	fmt.Println(string(data), err)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	var sb strings.Builder
	n, _ := io.Copy(&sb, mr)
	fmt.Println(n, sb.String())
	buf := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("xy"), buf)
	fmt.Println(err)
}
