// run

// Generic numeric statistics with math: Mean, Variance, StdDev, Median (sorting a copy), Histogram with cmp.Ordered bucketing.

package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Mean[T Number](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Variance[T Number](xs []T) float64 {
	m := Mean(xs)
	var s float64
	for _, x := range xs {
		d := float64(x) - m
		s += d * d
	}
	return s / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	c := slices.Clone(xs)
	slices.Sort(c)
	n := len(c)
	if n%2 == 1 {
		return float64(c[n/2])
	}
	return (float64(c[n/2-1]) + float64(c[n/2])) / 2
}

func Histogram[T cmp.Ordered](xs []T, edges []T) []int {
	counts := make([]int, len(edges)+1)
	for _, x := range xs {
		i, _ := slices.BinarySearch(edges, x)
		counts[i]++
	}
	return counts
}

type Millis int64

func main() {
	data := []int{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Printf("mean=%.3f var=%.3f sd=%.3f med=%.1f\n", Mean(data), Variance(data), math.Sqrt(Variance(data)), Median(data))
	lat := []Millis{120, 80, 95, 300, 101}
	fmt.Printf("mean=%.2f med=%.1f\n", Mean(lat), Median(lat))
	fs := []float32{0.1, 0.2, 0.3}
	fmt.Printf("%.6f %.6f\n", Mean(fs), Variance(fs))
	fmt.Println(math.IsNaN(Mean([]float64{})), Mean([]float64{math.Inf(1), 1}))
	fmt.Println(Histogram([]int{1, 5, 10, 15, 20, 25}, []int{5, 15, 20}))
	fmt.Println(Histogram([]string{"apple", "kiwi", "zebra", "mango"}, []string{"f", "n"}))
	fmt.Println(Histogram([]float64{-1, 0.5, 0.5, 2}, []float64{0, 1}))
	fmt.Printf("%.4f\n", math.Round(Mean([]float64{1e-3, 2e-3})*1e6)/1e6)
}
