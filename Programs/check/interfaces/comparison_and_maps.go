// run

package main

import "fmt"

type Key struct {
	a int
	b string
}

func main() {
	var x, y any = 1, 1
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	m := map[any]string{1: "int", "1": "string", Key{1, "a"}: "key", 1.5: "float"}
	fmt.Println(m[1], m["1"], m[Key{1, "a"}], m[1.5], len(m))
	defer func() { fmt.Println("recovered:", recover()) }()
	var f any = []int{1}
	fmt.Println(f == f)
}
