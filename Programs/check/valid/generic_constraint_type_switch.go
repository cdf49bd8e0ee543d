// run

package main

import (
	"fmt"
	"strconv"
)

type Scalar interface {
	~int | ~float64 | ~string
}

func Describe[T Scalar](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return "string " + strconv.Quote(x)
	default:
		return fmt.Sprintf("named %T", v)
	}
}

type Name string

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(Name("n")))
}
