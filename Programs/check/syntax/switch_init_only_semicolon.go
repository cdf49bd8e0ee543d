// errorcheck

package main

func main() {
	switch x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
}
