// run

package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Vec[T any] = []T

type IntSet = Set[int]

func Add[T comparable](s Set[T], v T) { s[v] = struct{}{} }

func main() {
	s := IntSet{}
	Add(s, 3)
	Add(s, 3)
	Add(s, 4)
	fmt.Println(len(s))
	var v Vec[string] = []string{"x"}
	v = append(v, "y")
	fmt.Printf("%T %v\n", v, v)
	var m map[int]struct{} = s
	fmt.Println(len(m))
}
