// errorcheck

package main

func f() ...int { return nil } // ERROR "syntax error|can only use \.\.\. with final parameter"

func main() {
}
