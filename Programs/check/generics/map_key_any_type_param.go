// errorcheck

package main

func Index[K any, V any](keys []K, vals []V) map[K]V { // ERROR "invalid map key type K \(missing comparable constraint\)"
	m := map[K]V{} // ERROR "invalid map key type K \(missing comparable constraint\)"
	for i, k := range keys {
		m[k] = vals[i]
	}
	return m
}

func main() {
}
