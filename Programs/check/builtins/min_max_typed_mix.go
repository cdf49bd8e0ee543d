// errorcheck

package main

func main() {
	var a int = 1
	var b int64 = 2
	_ = min(a, b) // ERROR "invalid argument: mismatched types int \(previous argument\) and int64 \(type of b\)"
	var f float32 = 1
	_ = max(f, 1.5)
	_ = max(a, 1.5) // ERROR "1\.5 \(untyped float constant\) truncated to int"
	const c = min(1, 2.0, 'a')
	var u uint8 = max(255, 256) // ERROR "cannot use max\(255, 256\) \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	_ = u
}
