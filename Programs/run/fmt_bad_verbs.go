// run

// Format errors as fmt writes them: a verb that does not fit its operand
// prints %!verb(type=value) (the value with %v under the same width and
// flags, calling none of its methods); bad operand indexes, widths and
// precisions (huge, negative, not ints) print BADINDEX, BADWIDTH, BADPREC or
// NOVERB.

package main

import (
	"fmt"
	"math"
)

type S struct {
	A string
	B int
}

func main() {
	fmt.Printf("%5z|%-5z|%05z|%+z|%#z|%.2z\n", 3, 3, 3, 3, "s", 1.5)
	fmt.Printf("%5d|%x|%6d|%+d\n", "ab", true, S{"x", 2}, []any{"q", 1})
	fmt.Printf("%#z|%#d|%+z\n", S{"x", 2}, "s", S{"x", 2})
	fmt.Printf("%8é|%p\n", 3, 4)
	fmt.Printf("%[99999999999999999999999]d|%[2]d %[1]d|%[x]d|%[1]*d|%[0]d\n", 1, 2)
	fmt.Printf("%99999999999999999999999d|\n", 1)
	fmt.Printf("%.99999999999999999999999d|\n", 1)
	fmt.Printf("%*d|%*d|%*d|%.*d\n", math.MinInt64, 1, uint64(math.MaxUint64), 2, 2000000, 3, -5, 4)
	fmt.Printf("%*d|%-*d|%*d|%.*f\n", int8(3), 1, uint(3), 2, -3, 3, 2, 3.14159)
	fmt.Printf("%5.d|%.d|%5.3s|%.0d|\n", 3, 0, "abcdef", 0)
}
