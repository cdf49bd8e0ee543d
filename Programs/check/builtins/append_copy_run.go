// run

package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	t := append(s, 4)
	s = append(s, 99)
	fmt.Println(t[3], len(s), cap(s))
	u := append([]byte("ab"), "cd"...)
	fmt.Println(string(u))
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	b := make([]byte, 3)
	n = copy(b, "xyz!")
	fmt.Println(n, string(b))
	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap)
	fmt.Println(overlap)
	var nilSlice []int
	nilSlice = append(nilSlice, nilSlice...)
	fmt.Println(nilSlice == nil, len(append([]int(nil))))
}
