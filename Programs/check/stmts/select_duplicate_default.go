// errorcheck

package main

func main() {
	ch := make(chan int)
	select {
	case <-ch:
	default:
	default: // ERROR "multiple defaults \(first at \./select_duplicate_default\.go:9:2\)"
	}
}
