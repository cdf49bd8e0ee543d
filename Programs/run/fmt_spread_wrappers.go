// run

// fmt calls with spread operands (f(format, a...)): String and Error methods of operands known only at run time, values nested inside them, the caller's slice left unchanged.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct {
	A, B fmt.Stringer
}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func logf(format string, a ...any) { fmt.Printf("[log] "+format+"\n", a...) }

func logln(a ...any) { fmt.Println(append([]any{"[log]"}, a...)...) }

func sprintAll(a ...any) string { return fmt.Sprint(a...) }

func main() {
	args := []any{Temp(21.5), errors.New("disk full"), &codeErr{7}, 42}
	logf("temp=%v err=%v code=%s n=%d", args...)
	logf("quoted %q and %x and %d", Temp(3), "hi", Temp(4))
	logln(args...)
	fmt.Println(sprintAll(Temp(1), " ", Pair{Temp(2), Temp(3)}))
	fmt.Printf("%T %T\n", args[0], args[1])
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v|%v", args[:2]...)
	fmt.Println(sb.String())
	fmt.Fprintln(os.Stdout, args...)
	fmt.Println(fmt.Sprintf("%v %v", []any{[]fmt.Stringer{Temp(5)}, map[string]Temp{"k": 6}}...))
	format := "%v and %s\n"
	fmt.Printf(format, []any{Temp(7), &codeErr{8}}...)
	logf("none")
}
