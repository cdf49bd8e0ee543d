// run

package main

import "fmt"

type T struct{ x int }

func (t *T) Get() int { return t.x }

type I interface{ Get() int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	try("nil func", func() { var f func(); f() })
	try("nil method", func() { var t *T; t.Get() })
	try("nil iface", func() { var i I; i.Get() })
	try("neg index", func() { s := []int{1}; i := -1; _ = s[i] })
	try("str index", func() { s := "ab"; i := 5; _ = s[i] })
	try("slice neg", func() { s := []int{1, 2}; i := -1; _ = s[i:] })
	try("slice3", func() { s := make([]int, 2, 4); i, j, k := 1, 3, 5; _ = s[i:j:k] })
	try("str slice", func() { s := "abc"; i := 4; _ = s[1:i] })
	try("arr ptr nil", func() { var p *[3]int; _ = p[1] })
	try("type assert", func() { var x any = "s"; _ = x.(int) })
	try("iface assert", func() { var x any = 3; _ = x.(I) })
	try("div", func() { a, b := int8(-128), int8(-1); fmt.Println(a / b, a % b) })
	try("shift", func() { s := -1; _ = 1 << s })
	try("make neg", func() { n := -1; _ = make([]int, n) })
	try("chan close nil", func() { var c chan int; close(c) })
	try("map nil", func() { var m map[string]int; m["a"] = 1 })
	try("conv", func() { s := []int{1}; _ = [2]int(s) })
	try("uncomparable", func() { var a, b any = []int{}, []int{}; _ = a == b })
	try("hash", func() { m := map[any]int{}; m[[]int{}] = 1 })
	try("custom", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	var p *T
	fmt.Println(p == nil)
	x := 1 << 62
	fmt.Println(x*4, int32(x), uint8(300+x))
	f := 1e300
	fmt.Println(int64(f*f) == int64(f*f), uint64(f-f-1))
}
