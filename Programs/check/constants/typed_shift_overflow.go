// errorcheck

package main

func main() {
	_ = int32(1) << 31   // ERROR "int32\(1\) << 31 \(constant 2147483648 of type int32\) overflows int32"
	_ = uint8(255) + 1    // ERROR "uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
	_ = -uint(1)          // ERROR "-uint\(1\) \(constant -1 of type uint\) overflows uint"
	const big int64 = 1 << 62
	_ = big * 4 // ERROR "big \* 4 \(constant 18446744073709551616 of type int64\) overflows int64"
}
