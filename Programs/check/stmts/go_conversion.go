// errorcheck

package main

func main() {
	go int(1) // ERROR "go requires function call, not conversion"
}
