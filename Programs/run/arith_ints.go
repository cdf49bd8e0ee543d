// run

package main

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	println(a, b, c, d)
	x, y := 17, 5
	println(x/y, x%y, -x/y, -x%y, x/-y, x%-y)
	var m int64 = -9223372036854775808
	println(m/-1, m%-1, m*-1, -m)
	println(x&y, x|y, x^y, x&^y, ^x, x<<3, x>>1, -x>>1)
	var u uint = 1
	println(u<<63, u<<64, (u<<63)>>62)
	s := 70
	var ff uint8 = 255
	println(1<<s == 0, int64(-1)>>s, ff<<4)
	var i32 int32 = 2147483647
	i32 += 10
	big := 70000
	var hi uint64 = 1 << 63
	println(i32, uint16(big), int8(-129+256), hi+hi)
	println(7 == 7, 7 != 8, 3 < 2, -1 < 1, uint(0) < uint(1), ^uint(0) > 1)
}
