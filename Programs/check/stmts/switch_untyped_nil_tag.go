// errorcheck

package main

func main() {
	switch nil { // ERROR "use of untyped nil in switch expression"
	}
	switch x := nil; x { // ERROR "use of untyped nil in assignment"
	}
}
