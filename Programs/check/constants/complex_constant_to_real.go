// errorcheck

package main

func main() {
	var f float64 = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	var g float64 = 1 + 0i
	const c = 1i * 1i
	var i int = c
	var j int = 2i // ERROR "cannot use 2i \(untyped complex constant \(0 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	_, _, _, _ = f, g, i, j
}
