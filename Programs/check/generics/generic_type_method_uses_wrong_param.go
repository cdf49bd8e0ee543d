// errorcheck

package main

type Map[K comparable, V any] struct {
	m map[K]V
}

func (m *Map[K, V]) Get(k K) V {
	return m.m[k]
}

func (m *Map[V, K]) Put(k K, v V) {
	m.m[k] = v // ERROR "cannot use k \(variable of type K constrained by any\) as V value in map index" "cannot use v \(variable of type V constrained by comparable\) as K value in assignment"
}

func main() {
}
