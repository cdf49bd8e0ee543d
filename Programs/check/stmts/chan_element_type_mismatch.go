// errorcheck

package main

type Msg struct{ s string }

func main() {
	ch := make(chan Msg, 1)
	ch <- "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as Msg value in send"
	ch <- Msg{"a"}
	var p *Msg = <-ch // ERROR "cannot use <-ch \(comma, ok expression of struct type Msg\) as \*Msg value in variable declaration"
	_ = p
	close(ch, ch) // ERROR "invalid operation: too many arguments for close\(ch, ch\) \(expected 1, found 2\)"
}
