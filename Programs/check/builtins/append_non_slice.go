// errorcheck

package main

func main() {
	x := 1
	_ = append(x, 2) // ERROR "invalid append: argument must be a slice; have x \(variable of type int\)"
}
