// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64))
	fmt.Println(strconv.Quote("hi\t\"x\""), strconv.QuoteRune('☺'))
	fmt.Println(strconv.Unquote(`"a\nb"`))
	u, _ := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u)
}
