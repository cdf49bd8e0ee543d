// run

package main

var _ = setup()

var _ int = 5

func setup() int { println("setup ran"); return 0 }

func main() { println("main") }
