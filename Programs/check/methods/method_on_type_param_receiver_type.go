// errorcheck

package main

type List[T any] []T

func (l List[int]) Sum() int {
	s := 0
	for _, v := range l {
		s += v // ERROR "invalid operation: s \+= v \(mismatched types int and int /\* with int declared at"
	}
	return s // ERROR "cannot use s \(variable of type int\) as int /\* with int declared at"
}

func main() {
}
