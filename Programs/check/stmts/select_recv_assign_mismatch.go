// errorcheck

package main

func main() {
	ch := make(chan string)
	var n int
	var ok string
	select {
	case n = <-ch: // ERROR "cannot use <-ch \(comma, ok expression of type string\) as int value in assignment"
	case n, ok = <-ch: // ERROR "cannot use <-ch \(comma, ok expression of type string\) as int value in multiple assignment" "cannot use ok value of \(comma, ok\) expression \(untyped bool value\) as string value in multiple assignment"
	}
	_, _ = n, ok
}
