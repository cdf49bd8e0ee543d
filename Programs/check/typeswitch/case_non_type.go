// errorcheck

package main

func f(x any) {
	n := 3
	switch x.(type) {
	case n: // ERROR "n \(local variable\) is not a type"
	case 1: // ERROR "1 is not a type"
	}
}

func main() {
}
