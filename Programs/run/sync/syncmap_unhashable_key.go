// run

// sync.Map with non-comparable keys or values: the runtime panics, recovered and printed.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var m sync.Map
	m.Store("k", []int{1})
	try("Store []int key", func() { m.Store([]int{1, 2}, "v") })
	try("Load map key", func() { m.Load(map[string]int{}) })
	try("LoadOrStore func key", func() { m.LoadOrStore(func() {}, 1) })
	try("Delete slice key", func() { m.Delete([]string{"a"}) })
	type withSlice struct{ s []int }
	try("Store struct-with-slice key", func() { m.Store(withSlice{}, 1) })
	try("Store interface holding slice in array", func() { m.Store([1]any{[]int{}}, 1) })

	// comparing a non-comparable stored value
	try("CompareAndSwap old slice", func() { m.CompareAndSwap("k", []int{1}, 2) })
	try("CompareAndDelete old slice", func() { m.CompareAndDelete("k", []int{1}) })

	v, ok := m.Load("k")
	fmt.Println("k still", v, ok)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries", n)
}
