// errorcheck

package main

func f(x any) {
	switch v := x.(type) { // ERROR "v declared and not used"
	case int:
	case string:
	case nil:
	default:
	}
}

func main() {
}
