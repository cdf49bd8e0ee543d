// run

package main

import "fmt"

func setFirst(a [3]int) { a[0] = 100 }
func setFirstPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	setFirst(a)
	fmt.Println(a)
	setFirstPtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[2] = 50
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	p := &a
	for i, v := range p {
		p[2] = 70
		if i == 2 {
			fmt.Println("range over pointer sees", v)
		}
	}
	var m [2][2]string
	m[1][0] = "x"
	fmt.Printf("%q\n", m)
	b := [...]int{5: 1}
	fmt.Println(len(b), b)
	type Mat [2][2]int
	id := Mat{{1, 0}, {0, 1}}
	fmt.Println(id == Mat{{1, 0}, {0, 1}})
}
