// run

// fmt.Formatter: a Format method formats its operand under every verb, with
// the verb's flags, width and precision in its fmt.State; a panic in it prints
// as %!verb(PANIC=Format method: …).
package main

import (
	"fmt"
	"strings"
)

type M int

func (m M) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "M(%c %d %v %d %v %v%v%v)", c, w, wok, p, pok, f.Flag('+'), f.Flag('#'), f.Flag('-'))
}

type Money struct {
	cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", m.cents/100, m.cents%100)
		if w, ok := f.Width(); ok && w > len(s) {
			s = strings.Repeat(" ", w-len(s)) + s
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprint(f, m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.cents)
	}
}

type Boom struct{}

func (Boom) Format(f fmt.State, c rune) { panic("bad") }

func main() {
	fmt.Println(M(1))
	fmt.Printf("%v|%+8.3d|%#x|%-s\n", M(2), M(3), M(4), M(5))
	fmt.Printf("[%v] [%10v] [%d] [%x]\n", Money{1234}, Money{5}, Money{99}, Money{7})
	var a any = Money{250}
	fmt.Println(a)
	s := fmt.Sprintf("%v and %s", Money{100}, Money{200})
	fmt.Println(s, len(s))
	fmt.Printf("%v %d\n", Boom{}, Boom{})
	fmt.Printf("%T\n", Money{1})
}
