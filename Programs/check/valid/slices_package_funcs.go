// run

package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	s2 := slices.Clone(s)
	slices.Sort(s2)
	fmt.Println(s2, slices.Equal(s, s2))
	fmt.Println(slices.Compact(s2))
	s3 := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(s3, slices.Delete(slices.Clone(s3), 1, 3))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	fmt.Println(slices.Min(s), slices.ContainsFunc(s, func(v int) bool { return v%7 == 0 }))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r)
	chunks := [][]int{}
	for c := range slices.Chunk(s, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
}
