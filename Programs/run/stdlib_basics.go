// run

package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3), math.Pow(2, 10), math.Inf(1), math.IsNaN(math.NaN()))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.MaxInt64, math.Pi)
	words := strings.Fields("  the quick  brown\tfox ")
	fmt.Println(words, len(words))
	fmt.Println(strings.Split("a,b,,c", ","), strings.Join(words, "-"), strings.TrimSpace("  x y  "))
	fmt.Println(strings.ReplaceAll("oink oink", "k", "ky"), strings.Replace("aaaa", "a", "b", 2), strings.Count("cheese", "e"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.TrimPrefix("prefix-body", "prefix-"), strings.Trim("xxhixx", "x"))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	fmt.Printf("%T\n", err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.Quote("hi\n"))
	fmt.Println(utf8.RuneLen('世'), utf8.RuneCountInString("héllo"), unicode.IsUpper('A'), unicode.ToLower('Q'), unicode.IsDigit('5'))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(xs, ss)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 2)
}
