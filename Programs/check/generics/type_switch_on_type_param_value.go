// errorcheck

package main

func Kind[T any](x T) string {
	switch x.(type) { // ERROR "cannot use type switch on type parameter value x \(variable of type T constrained by any\)"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	_ = Kind(1)
}
