// run

package main

import "fmt"

func main() {
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(t[3], u[3], len(s))
	n := copy(s, []int{9, 8, 7, 6})
	fmt.Println(n, s)
	n = copy(b, "XYZW!")
	fmt.Println(n, string(b))
	var nilS []int
	nilS = append(nilS)
	fmt.Println(nilS == nil, len(append(nilS, nilS...)))
	over := []int{1, 2, 3, 4, 5}
	copy(over[1:], over)
	fmt.Println(over)
	x := append([]any{}, 1, "a", nil)
	fmt.Println(x...)
	var strs []string
	strs = append(strs, []string{"p", "q"}...)
	fmt.Println(strs, cap(strs) >= 2)
}
