// run

package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	Show() string
}

type PtrShower[T any] interface {
	*T
	Set(string)
	Shower
}

type Num struct{ n int }

func (n *Num) Set(s string)   { n.n, _ = strconv.Atoi(s) }
func (n *Num) Show() string   { return "#" + strconv.Itoa(n.n) }

func ParseAll[T any, PT PtrShower[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func main() {
	nums := ParseAll[Num]([]string{"1", "22", "333"})
	for i := range nums {
		fmt.Println((&nums[i]).Show())
	}
}
