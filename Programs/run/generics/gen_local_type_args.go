// run

// Types declared in functions as type arguments: %T prints them numbered per top-level function (main.Box[main.F·1], main.S·2, a closure's F·3), plain %T without the number.

package main

import "fmt"

type Box[T any] struct{ v T }

func main() {
	type F float64
	type S struct{ A int }
	fmt.Printf("%T\n", F(1))
	fmt.Printf("%T\n", Box[F]{})
	fmt.Printf("%T\n", Box[S]{})
	fmt.Printf("%v\n", Box[[]F]{})
	fmt.Println(fmt.Sprintf("%T", []Box[F]{}))
	func() {
		type F int
		fmt.Printf("%T %T\n", F(1), Box[F]{})
	}()
}
