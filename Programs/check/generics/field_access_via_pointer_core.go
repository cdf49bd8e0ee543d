// errorcheck

package main

type S struct{ x int }

func Get[P *S](p P) int {
	return p.x // ERROR "p\.x undefined \(type P has no field or method x\)"
}

func GetS[T S](t T) int {
	return t.x // ERROR "t\.x undefined \(type T has no field or method x\)"
}

func main() {
}
