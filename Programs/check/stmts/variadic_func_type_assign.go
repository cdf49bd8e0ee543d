// errorcheck

package main

func sum(xs ...int) int { return len(xs) }

func main() {
	var f func(...int) int = sum
	var g func([]int) int = sum // ERROR "cannot use sum \(value of type func\(xs \.\.\.int\) int\) as func\(\[\]int\) int value in variable declaration"
	var h func(...int) int = func(xs []int) int { return 0 } // ERROR "cannot use func\(xs \[\]int\) int \{…\} \(value of type func\(xs \[\]int\) int\) as func\(\.\.\.int\) int value in"
	_, _, _ = f, g, h
}
