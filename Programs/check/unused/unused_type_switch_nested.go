// errorcheck

package main

func f(x any) {
	switch a := x.(type) {
	case int:
		switch b := x.(type) { // ERROR "b declared and not used"
		case string:
			_ = a
		}
	}
}

func main() {
}
