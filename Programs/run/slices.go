// run

package main

import "fmt"

// sink makes the slices escape: Go 1.25+ gives non-escaping appends a
// 32-byte stack buffer first, which gosub (without escape analysis) does not.
var sink [][]byte

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	b := make([]byte, 0)
	sink = append(sink, b)
	caps := []int{}
	for i := 0; i < 2000; i++ {
		b = append(b, byte(i))
		sink[0] = b
		if len(caps) == 0 || caps[len(caps)-1] != cap(b) {
			caps = append(caps, cap(b))
		}
	}
	fmt.Println(caps)
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(s[5], t)
	u := s[:3:4]
	fmt.Println(u, len(u), cap(u))
	m := make([]string, 3, 10)
	m[1] = "mid"
	fmt.Println(m, len(m), cap(m))
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(dst, []int{7})
	fmt.Println(n, dst)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))
	all := append([]int{1, 2}, s[:3]...)
	fmt.Println(all)
	words := append([]string{}, "a", "b", "c")
	fmt.Println(words, len(words), cap(words))
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	ps = append(ps, pair{5, 6})
	ps[0].b = 20
	fmt.Println(ps, cap(ps))
	arr := [4]int{1, 2, 3, 4}
	as := arr[1:3]
	as[0] = 20
	fmt.Println(arr, as, cap(as))
	var grid [][]int
	for i := 0; i < 3; i++ {
		row := make([]int, i+1)
		grid = append(grid, row)
	}
	fmt.Println(grid)
}
