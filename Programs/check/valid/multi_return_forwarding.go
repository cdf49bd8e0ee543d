// run

package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func add(a, b int) int { return a + b }

func pair() (string, error) { return "v", errors.New("e") }

func show(s string, err error) string { return s + "/" + err.Error() }

func variadic(xs ...int) int { return len(xs) }

func main() {
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(show(pair()))
	fmt.Println(variadic(divmod(9, 2)))
	fmt.Println(divmod(7, 2))
	q, _ := divmod(100, 7)
	_, r := divmod(100, 7)
	fmt.Println(q, r)
}
