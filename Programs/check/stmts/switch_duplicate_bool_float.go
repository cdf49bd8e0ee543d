// errorcheck

package main

func main() {
	b := true
	switch b {
	case true:
	case false:
	case true:
	}
	f := 1.0
	switch f {
	case 1.0:
	case 1: // ERROR "duplicate case 1 \(constant of type float64\) in expression switch"
	}
}
