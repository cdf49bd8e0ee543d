// errorcheck

package main

func Make[T any]() T {
	return T{} // ERROR "invalid composite literal type T \(no common underlying type\)"
}

func MakeSlice[S ~[]int]() S {
	return S{1, 2, 3}
}

func main() {
	_ = Make[int]()
	_ = MakeSlice[[]int]()
}
