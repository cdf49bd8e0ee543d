// errorcheck

package main

func main() {
	m := map[string]int{}
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
}
