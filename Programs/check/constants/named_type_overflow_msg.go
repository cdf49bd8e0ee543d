// errorcheck

package main

type Level uint8

const Low Level = 1

func main() {
	_ = Level(255) + Low // ERROR "Level\(255\) \+ Low \(constant 256 of uint8 type Level\) overflows uint8"
}
