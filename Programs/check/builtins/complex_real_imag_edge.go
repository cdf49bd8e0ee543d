// errorcheck

package main

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	_ = complex(f32, f64) // ERROR "invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, \"a\"\) \(mismatched types untyped float and untyped string\)"
	_ = real(5)
	var i int = 3
	_ = imag(i) // ERROR "invalid argument: argument has type int, expected complex type"
	var c complex64 = complex(f64, f64) // ERROR "cannot use complex\(f64, f64\) \(value of type complex128\) as complex64 value in variable declaration"
	_ = c
}
