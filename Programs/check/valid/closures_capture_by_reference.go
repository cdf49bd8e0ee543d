// run

package main

import "fmt"

type Button struct {
	label   string
	onClick func() string
}

func main() {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	set(42)
	fmt.Println(get(), x)
	b := &Button{label: "ok"}
	b.onClick = func() string { return "clicked " + b.label }
	b.label = "OK!"
	fmt.Println(b.onClick())
	acc := []int{}
	push := func(v ...int) { acc = append(acc, v...) }
	push(1, 2)
	push(3)
	fmt.Println(acc)
	gen := func() func() (int, bool) {
		data := []int{10, 20}
		i := 0
		return func() (int, bool) {
			if i >= len(data) {
				return 0, false
			}
			i++
			return data[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Println(v)
	}
}
