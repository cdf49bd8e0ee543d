// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "abc", "99999999999999999999", "-9223372036854775808", "1_000", "0x1F"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"ff", 16, 8}, {"-129", 10, 8}, {"128", 10, 8}, {"z", 36, 64}, {"1", 37, 64}, {"1", 10, 65}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(i, err, u, uerr)
	}
	for _, s := range []string{"1", "t", "TRUE", "yes", "0", "False"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "-Infinity", "NaN", "1e400", "0x1p-2", "0x1.8p1", "1_000.5", "0x_1p0", ".5", "5.", "1e", "abc", "0x1.8", "+1.5e-3", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.FormatUint(1<<64-1, 16), strconv.FormatBool(true), string(strconv.AppendInt([]byte("n="), -42, 10)))
	fmt.Println(strconv.QuoteRune('a'), strconv.QuoteRune('\''), strconv.QuoteRune('"'), strconv.QuoteRune('\n'), strconv.QuoteRune('世'), strconv.QuoteRune(0xD800))
}
