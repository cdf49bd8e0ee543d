// errorcheck

package main

func main() {
	for i := range "abc" { // ERROR "declared and not used: i"
		i = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in assignment"
	}
}
