// errorcheck

package main

func main() {
	switch x := 1 { // ERROR "cannot use x := 1 as value|syntax error"
	}
}
