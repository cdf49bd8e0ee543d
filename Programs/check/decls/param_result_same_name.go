// errorcheck

package main

func f(a int) (a int) { return } // ERROR "a redeclared in this block" "result parameter a not in scope at return"

func main() {
}
