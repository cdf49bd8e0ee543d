// errorcheck

package main

func f() ...int { return nil } // ERROR "syntax error: unexpected \.\.\. after top level declaration"

func main() {
}
