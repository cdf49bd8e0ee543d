// errorcheck

package main

import "strconv"

type Num interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return strconv.Itoa(int(m)) }

type MyStr string

func (m MyStr) String() string { return string(m) }

func Show[T Num](x T) string { return x.String() }

func main() {
	_ = Show(MyInt(1))
	_ = Show(3) // ERROR "int does not satisfy Num \(missing method String\)"
	_ = Show(MyStr("a")) // ERROR "MyStr does not satisfy Num \(MyStr missing in ~int \| ~float64\)"
}
