// run

// return from inside a range-over-func body: values returned, named results, deferred functions in enclosing function.

package main

import (
	"fmt"
	"iter"
	"strings"
)

func Words(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				fmt.Println("  (iterator told to stop)")
				return
			}
		}
	}
}

func FindFirst(s, prefix string) (int, string) {
	for i, w := range Words(s) {
		if strings.HasPrefix(w, prefix) {
			return i, w
		}
	}
	return -1, ""
}

func FirstLong(s string, n int) (res string, err error) {
	defer func() {
		if res == "" {
			err = fmt.Errorf("none longer than %d", n)
		}
	}()
	for _, w := range Words(s) {
		if len(w) > n {
			res = strings.ToUpper(w)
			return
		}
	}
	return "", nil
}

func Nested(s string) string {
	for i, w := range Words(s) {
		for j, c := range Words(strings.Join(strings.Split(w, ""), " ")) {
			if c == "z" {
				return fmt.Sprintf("z at word %d char %d", i, j)
			}
		}
	}
	return "no z"
}

func main() {
	fmt.Println(FindFirst("the quick brown fox", "br"))
	fmt.Println(FindFirst("the quick brown fox", "zz"))
	fmt.Println(FirstLong("a bb ccc dddd", 2))
	fmt.Println(FirstLong("a bb", 5))
	fmt.Println(Nested("abc def gzh"))
	fmt.Println(Nested("abc"))
}
