// errorcheck

package main

const a int8 = 100
const b = a * 2 // ERROR "a \* 2 \(constant 200 of type int8\) overflows int8"

const u uint8 = 255
const v = u + 1 // ERROR "u \+ 1 \(constant 256 of type uint8\) overflows uint8"

const w = uint(0) - 1 // ERROR "uint\(0\) - 1 \(constant -1 of type uint\) overflows uint"

const x int16 = -32768
const y = -x // ERROR "-x \(constant 32768 of type int16\) overflows int16"

func main() {
}
