// errorcheck

package main

func main() {
	var y any
	switch x := y.(type); x { // ERROR "invalid syntax tree: use of \.\(type\) outside type switch" "undefined: x"
	}
}
