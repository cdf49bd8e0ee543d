// errorcheck

package main

func f[T any](x any) {
	switch x.(type) {
	case T:
	case int:
	case T: // ERROR "duplicate case T in type switch"
	}
}

func main() {
}
