// errorcheck

package main

func Make[T ~[]int | ~map[int]int]() T {
	return make(T, 3) // ERROR "invalid argument: cannot make T: \[\]int and map\[int\]int have different underlying types"
}

func main() {
	_ = Make[[]int]()
}
