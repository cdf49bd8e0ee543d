// run

// Entering a select evaluates every channel operand and send value once, in source order; receive targets only for the chosen case.
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func ch(name string, c chan int) chan int { note("chan " + name); return c }
func val(name string, v int) int          { note("value " + name); return v }

func slot(name string, m map[string]int) map[string]int { note("target " + name); return m }

func flush(label string) {
	fmt.Println(label+":", trace)
	trace = nil
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int) // never ready
	a <- 10
	b <- 0 // full: only the receive from a can proceed
	got := map[string]int{}

	select {
	case slot("x", got)["x"] = <-ch("a", a):
	case ch("c", c) <- val("c", 1):
	case slot("y", got)["y"] = <-ch("nil", nil):
	case ch("b", b) <- val("b", 2):
	}
	fmt.Println("got:", got, "len(b):", len(b))
	flush("1st select")

	// a is empty now and b still full: the send to a proceeds, default is not taken
	select {
	case ch("a", a) <- val("a", 3):
		note("sent to a")
	case ch("b", b) <- val("b", 4):
		note("never: b is full")
	default:
		note("default")
	}
	fmt.Println("a holds", <-a, "b holds", <-b)
	flush("2nd select")

	// the values are computed even when every case is blocked and default wins
	select {
	case ch("c", c) <- val("c1", 5):
	case ch("c", c) <- val("c2", 6):
	default:
	}
	flush("3rd select")

	// a plain send evaluates the channel, then the value, then blocks
	d := make(chan int, 1)
	ch("d", d) <- val("d", 7)
	flush("send statement")
	fmt.Println(<-d)

	// in a loop the expressions are evaluated again on every entry
	n := 0
	e := make(chan int, 3)
	for range 3 {
		select {
		case ch("e", e) <- val("e", n):
			n++
		}
	}
	flush("loop")
	fmt.Println(len(e), <-e, <-e, <-e)
}
