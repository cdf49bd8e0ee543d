// errorcheck

package main

func f[T any](v T) {
	v.Close() // ERROR "v\.Close undefined \(type T has no field or method Close\)"
}

func main() {
}
