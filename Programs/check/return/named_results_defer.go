// run

package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func multi() (a, b string, err error) {
	a, b = "x", "y"
	err = errors.New("partial")
	return
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(counter())
	fmt.Println(multi())
}
