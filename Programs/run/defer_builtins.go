// run

// defer of builtins: print and println (arguments evaluated at the defer), delete, panic (recovered by an earlier defer) and recover (which, deferred itself, recovers nothing).
package main

import "fmt"

func f() (err error) {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println("len after delete:", len(m))
	defer delete(m, "a")
	x := 5
	defer println("deferred println", x, "s", 2.5, true)
	x = 6
	defer print("deferred print ", x, "\n")
	defer recover()
	return nil
}

func g() {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer panic("from defer")
	fmt.Println("g body")
}

func main() {
	f()
	g()

}
