// errorcheck

package main

type Cache[K any, V any] struct {
	m map[K]V // ERROR "invalid map key type K \(missing comparable constraint\)"
}

func Count[T any](xs []T) map[T]int { // ERROR "invalid map key type T \(missing comparable constraint\)"
	return nil
}

func main() {
}
