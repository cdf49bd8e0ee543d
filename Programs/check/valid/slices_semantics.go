// run

package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:3]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(a)
	s2 := a[1:3:3]
	s2 = append(s2, 200)
	fmt.Println(a, s2)
	b := a
	b[0] = 99
	fmt.Println(a[0], b[0])
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	fmt.Println(s[:cap(s)])
	x := []string{"a", "b", "c", "d"}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x))
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr, len(arr))
}
