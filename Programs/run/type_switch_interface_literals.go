// run

package main

import "fmt"

type W struct{ e error }

func (w W) Error() string { return "w" }
func (w W) Unwrap() error { return w.e }

type U interface{ Unwrap() error }

func main() {
	var e error = W{nil}
	switch e.(type) {
	case U:
		fmt.Println("named case ok")
	default:
		fmt.Println("named default")
	}
	switch e.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("case ok")
	default:
		fmt.Println("default")
	}
	var a any = W{nil}
	switch a.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("any case ok")
	default:
		fmt.Println("any default")
	}
}
