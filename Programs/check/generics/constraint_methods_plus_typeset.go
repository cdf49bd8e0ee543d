// run

package main

import (
	"fmt"
	"strconv"
)

type Num interface {
	~int | ~int64 | ~float64
	String() string
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Score float64

func (s Score) String() string { return strconv.FormatFloat(float64(s), 'f', 1, 64) + "pts" }

func Total[T Num](xs []T) (T, string) {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum, sum.String()
}

func main() {
	c, s := Total([]Cents{199, 250, 1})
	fmt.Println(int64(c), s)
	d, t := Total([]Score{1.5, 2.25})
	fmt.Println(float64(d), t)
}
