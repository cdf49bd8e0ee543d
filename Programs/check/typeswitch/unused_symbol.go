// errorcheck

package main

func main() {
	var x any = 1
	switch v := x.(type) { // ERROR "v declared and not used"
	case int:
	}
}
