// errorcheck

package main

func main() {
	ch := make(chan int)
	select {
	case v := <-ch: // ERROR "declared and not used: v"
	case v, ok := <-ch: // ERROR "declared and not used: ok"
		_ = v
	}
}
