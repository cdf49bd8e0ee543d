// errorcheck -0 -m -l

// method expressions held in variables called statically; any kept by name, other aliases seen through.

package p

import "fmt"

type T struct{ s string }

func (t T) Join(sep string, parts ...string) string { return t.s + sep + fmt.Sprint(len(parts)) } // ERROR "t does not escape$" "sep does not escape$" "parts does not escape$" "t\.s \+ sep \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "len\(parts\) escapes to heap$"
func (t *T) Set(s string)                          { t.s = s } // ERROR "t does not escape$" "leaking param: s$"

type Celsius = float64

func f() string {
	join := T.Join
	set := (*T).Set
	t := T{"go"}
	set(&t, "gopher")
	return join(t, "-", "a", "b") // ERROR "\.\.\. argument does not escape$"
}

func g(xs []any, c Celsius) { // ERROR "leaking param: xs$"
	fmt.Println(xs, c, []any{1, "x"}, map[any]int{}) // ERROR "\.\.\. argument does not escape$" "xs escapes to heap$" "c escapes to heap$" "\[\]any\{\.\.\.\} escapes to heap$" "\[\]any\{\.\.\.\} escapes to heap$" "1 escapes to heap$" "\"x\" escapes to heap$" "map\[any\]int\{\} escapes to heap$"
}
