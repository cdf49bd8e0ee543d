// errorcheck

package main

func main() {
	var i int
	var n uint8 = 5
	for i = range n { // ERROR "cannot use n \(variable of type uint8\) as int value in range clause"
	}
	var f float64
	for f = range 3 { // ERROR "cannot use iteration variable of type float64"
	}
	_, _ = i, f
}
