// run

// fmt calls String and Error only for the verbs v, s, x, X and q (and for
// operands left over as EXTRA); %d, %f, %t, %#v and * widths use the value
// itself. Each method call is counted so a call fmt would not make shows.

package main

import (
	"errors"
	"fmt"
	"os"
)

var calls int

type Cents int64

// String formats through %d on Cents itself: calling String for %d would recurse forever.
func (c Cents) String() string {
	calls++
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

type Flag bool

func (f Flag) String() string { calls++; return "flag" }

type Ratio float64

func (r Ratio) String() string { calls++; return "ratio" }

type Code int

func (c Code) Error() string { calls++; return fmt.Sprintf("code %d", c) }

func report(label string, s string) {
	fmt.Printf("%-8s %q calls=%d\n", label, s, calls)
	calls = 0
}

func main() {
	c := Cents(1234)
	report("d", fmt.Sprintf("%d", c))
	report("v", fmt.Sprintf("%v", c))
	report("s", fmt.Sprintf("%s", c))
	report("q", fmt.Sprintf("%q", c))
	report("x", fmt.Sprintf("%x", c))
	report("X", fmt.Sprintf("%X", c))
	report("#v", fmt.Sprintf("%#v", c))
	report("+v", fmt.Sprintf("%+v", c))
	report("08d", fmt.Sprintf("%08d|%-6d|", c, c))
	report("o b", fmt.Sprintf("%o %b", c, c))
	report("t", fmt.Sprintf("%t", Flag(true)))
	report("f", fmt.Sprintf("%.2f %e", Ratio(1.5), Ratio(2)))
	report("T", fmt.Sprintf("%T", c))
	report("*d", fmt.Sprintf("%*d|", 5, c))
	report("%%", fmt.Sprintf("%d%%", c))
	report("extra", fmt.Sprintf("%d", c, c))
	report("missing", fmt.Sprintf("%d %v"))
	report("err d", fmt.Sprintf("%d", Code(7)))
	report("err v", fmt.Sprintf("%v", Code(7)))
	var e error = Code(9)
	report("iface d", fmt.Sprintf("%d", e))
	report("iface s", fmt.Sprintf("%s", e))
	report("errorf", fmt.Errorf("%d then %v", c, c).Error())
	report("wrap", fmt.Errorf("at %d: %w", c, e).Error())
	fmt.Println(errors.Is(fmt.Errorf("x %w", e), e))
	format := "%d"
	report("var fmt", fmt.Sprintf(format, Code(3)))
	report("index", fmt.Sprintf("%[2]d %[1]v %[1]d", c, Code(1)))
	report("badindex", fmt.Sprintf("%[3]v %d", c))
	report("badverb", fmt.Sprintf("%z %!", c))
	report("rune verb", fmt.Sprintf("%[1]é %[1]v", c))
	report("star", fmt.Sprintf("%*s|%.*d", 4, c, 3, c))
	for _, f := range []string{"%d", "%v", "%s %d", "%[1]d %[1]s", "%x", "%#v"} {
		report("run "+f, fmt.Sprintf(f, c, c))
	}
	fmt.Fprintf(os.Stdout, "%d %s\n", c, c)
	report("fprintf", "")
	fmt.Printf("%d %s\n", c, c)
	report("printf", "")
}
