// run

package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }

type Cat struct{}

func (Cat) Name() string { return "cat" }

func main() {
	var x any = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var a any = Cat{}
	if nm, ok := a.(Named); ok {
		fmt.Println(nm.Name())
	}
	var r io.Reader = strings.NewReader("x")
	_, isWriter := r.(io.Writer)
	_, isSeeker := r.(io.Seeker)
	fmt.Println(isWriter, isSeeker)
	defer func() {
		e := recover()
		fmt.Println("recovered:", e)
		if re, ok := e.(interface{ RuntimeError() }); ok {
			_ = re
			fmt.Println("is runtime error")
		}
	}()
	_ = x.(string)
}
