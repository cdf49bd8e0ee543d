// errorcheck

package main

func main() {
	var x any = 1
	switch x.(type) {
	case int:
	case string:
	case int: // ERROR "duplicate case int in type switch"
	}
}
