// run

package main

import "fmt"

type S struct{ k string; v int }

func main() {
	var i int
	var s string
	for i, s = range []string{"x", "y"} {
	}
	fmt.Println(i, s)
	var st S
	m := map[string]int{"only": 9}
	for st.k, st.v = range m {
	}
	fmt.Println(st)
	arr := [3]int{}
	for arr[0], arr[1] = range []int{5, 6, 7} {
	}
	fmt.Println(arr)
	var r rune
	var pos int
	for pos, r = range "héé" {
	}
	fmt.Println(pos, string(r))
	mm := map[int]int{}
	for mm[0] = range 4 {
	}
	fmt.Println(mm)
}
