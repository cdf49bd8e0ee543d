// run

// select picks among ready cases at random: over 1000 iterations every ready case is chosen at least once (checked loosely).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	for range 1000 {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println("total:", counts["a"]+counts["b"])
	fmt.Println("both chosen:", counts["a"] > 0 && counts["b"] > 0)

	// four always-ready cases (closed channels)
	cs := make([]chan int, 4)
	for i := range cs {
		cs[i] = make(chan int)
		close(cs[i])
	}
	var hits [4]int
	for range 1000 {
		select {
		case <-cs[0]:
			hits[0]++
		case <-cs[1]:
			hits[1]++
		case <-cs[2]:
			hits[2]++
		case <-cs[3]:
			hits[3]++
		}
	}
	all := true
	for _, h := range hits {
		all = all && h > 0
	}
	fmt.Println("four cases, each chosen:", all, "sum:", hits[0]+hits[1]+hits[2]+hits[3])

	// send cases are chosen fairly too
	s1, s2 := make(chan int, 1000), make(chan int, 1000)
	for i := range 1000 {
		select {
		case s1 <- i:
		case s2 <- i:
		}
	}
	fmt.Println("sends split:", len(s1)+len(s2), len(s1) > 0, len(s2) > 0)

	// a ready case is never starved by a default
	r := make(chan int)
	close(r)
	defaults := 0
	for range 1000 {
		select {
		case <-r:
		default:
			defaults++
		}
	}
	fmt.Println("default with a ready case:", defaults)
}
