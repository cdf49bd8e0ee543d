// errorcheck

package main

func main() {
	ch := make(chan int)
S:
	select {
	case <-ch:
		continue S // ERROR "invalid continue label S"
	default:
		break S
	}
}
