// errorcheck

package main

func main() {
	var a, b int // ERROR "declared and not used: a" "declared and not used: b"
	c := 3       // ERROR "declared and not used: c"
}
