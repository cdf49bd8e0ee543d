// run

package main

import (
	"errors"
	"fmt"
)

func f() ([]byte, error) { return nil, nil }
func g() (int, error)    { return 3, errors.New("boom") }

func main() {
	b, err := f()
	fmt.Println(b, err)
	n, err := g()
	fmt.Println(n, err)
}
