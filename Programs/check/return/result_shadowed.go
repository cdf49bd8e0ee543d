// errorcheck

package main

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func main() {
	f()
}
