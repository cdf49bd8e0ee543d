// errorcheck -0 -m -l

// printing of converted values: forwarded results as gc's temporaries, typed constants, runes, named types.

package p

import "fmt"

func pair() (int, error) { return 1, nil }

func three() (a, b string, err error) { return "a", "b", nil }

func f() {
	fmt.Println(pair()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_0 escapes to heap$"
	fmt.Println(three()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_2 escapes to heap$" "\.autotmp_3 escapes to heap$"
	x, err := pair()
	fmt.Println(x, err) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) } // ERROR "\.\.\. argument does not escape$" "float64\(c\) escapes to heap$"

func g(c Celsius) string {
	return fmt.Sprint(c, Celsius(3), 2.5, 'x', uint(7), int64(-1)) // ERROR "\.\.\. argument does not escape$" "c escapes to heap$" "Celsius\(3\) escapes to heap$" "2\.5 escapes to heap$" "'x' escapes to heap$" "uint\(7\) escapes to heap$" "int64\(-1\) escapes to heap$"
}

func h(b []byte, r []rune) { // ERROR "b does not escape$" "r does not escape$"
	fmt.Println(string(b[:2]), string(r), len(b)) // ERROR "\.\.\. argument does not escape$" "string\(b\[:2\]\) escapes to heap$" "string\(b\[:2\]\) escapes to heap$" "string\(r\) escapes to heap$" "string\(r\) escapes to heap$" "len\(b\) escapes to heap$"
	var i interface{} = b // ERROR "b does not escape$"
	_ = i
}

func k(ss ...string) []interface{} { // ERROR "leaking param content: ss$"
	out := make([]interface{}, len(ss)) // ERROR "make\(\[\]interface \{\}, len\(ss\)\) escapes to heap$"
	for i, s := range ss {
		out[i] = s // ERROR "s escapes to heap$"
	}
	return out
}

func l() {
	k("a", "b") // ERROR "\.\.\. argument does not escape$"
	k()
	fmt.Println()
}
