// errorcheck

package main

func main() {
	m := map[string]int{}
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
}
