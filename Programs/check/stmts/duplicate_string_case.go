// errorcheck

package main

func main() {
	s := "a"
	switch s {
	case "a", "b":
	case "b": // ERROR "duplicate case \"b\" \(constant of type string\) in expression switch"
	}
}
