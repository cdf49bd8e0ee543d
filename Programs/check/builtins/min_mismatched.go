// errorcheck

package main

func main() {
	i := 1
	f := 2.0
	_ = min(i, f) // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of f\)"
}
