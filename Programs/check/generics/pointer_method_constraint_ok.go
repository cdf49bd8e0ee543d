// run

package main

import (
	"fmt"
	"strconv"
)

type Parser[T any] interface {
	*T
	Parse(string) error
}

type IntVal struct{ n int }

func (v *IntVal) Parse(s string) error {
	n, err := strconv.Atoi(s)
	v.n = n
	return err
}

type BoolVal struct{ b bool }

func (v *BoolVal) Parse(s string) error {
	b, err := strconv.ParseBool(s)
	v.b = b
	return err
}

func ParseAll[T any, PT Parser[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Parse(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func main() {
	iv, err := ParseAll[IntVal]([]string{"1", "22", "333"})
	fmt.Println(iv, err)
	bv, err := ParseAll[BoolVal]([]string{"true", "nope"})
	fmt.Println(bv, err)
}
