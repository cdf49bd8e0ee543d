// run

package main

import (
	"errors"
	"fmt"
	"io"
)

type K struct{ a, b int }

func (K) M() {}

type I interface{ M() }

func main() {
	var i1, i2 I = K{3, 4}, K{3, 4}
	var i3 I
	fmt.Println(i1 == i2, i1 != i2, i3 == nil, i1 == i3, i1 == K{3, 4})
	var e error = io.EOF
	fmt.Println(e == io.EOF, e != io.EOF, errors.Is(e, io.EOF))
	arr := [2]I{K{1, 1}, nil}
	arr2 := [2]I{K{1, 1}, nil}
	fmt.Println(arr == arr2)
	var x any = K{3, 4}
	fmt.Println(x == i1)
}
