// run

package main

import (
	"errors"
	"fmt"
)

type S struct{}

func (S) String() string { return "S!" }

func main() {
	fmt.Println([]error{errors.New("e")})
	fmt.Println([]fmt.Stringer{S{}})
	fmt.Println([]any{S{}})
	fmt.Println(map[string]error{"k": errors.New("e")})
	fmt.Println([]error{nil})
}
