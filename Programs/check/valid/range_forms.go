// run

package main

import "fmt"

func main() {
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [3]string{"a", "b", "c"}
	for i := range &arr {
		fmt.Print(i)
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	var nilMap map[string]int
	for k := range nilMap {
		fmt.Println(k)
	}
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println("ok")
}
