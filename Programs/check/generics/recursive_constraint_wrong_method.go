// errorcheck

package main

type Lesser[T any] interface {
	Less(T) bool
}

func Min[T Lesser[T]](a, b T) T {
	if a.Less(b) {
		return a
	}
	return b
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (n Name) Less(m string) bool { return string(n) < m }

type Ptr struct{ v int }

func (p *Ptr) Less(q *Ptr) bool { return p.v < q.v }

func main() {
	_ = Min(Age(1), Age(2))
	_ = Min(Name("a"), Name("b")) // ERROR "in call to Min, T \(type Name\) does not satisfy Lesser\[T\] \(wrong type for method Less\)"
	_ = Min(Ptr{1}, Ptr{2}) // ERROR "in call to Min, T \(type Ptr\) does not satisfy Lesser\[T\] \(method Less has pointer receiver\)"
	_ = Min(&Ptr{1}, &Ptr{2})
}
