// run

// slices package on a struct inventory: SortFunc/SortStableFunc with cmp.Or, BinarySearchFunc, Insert to keep order, Delete, Compact/CompactFunc, Chunk, IndexFunc, ContainsFunc, MinFunc/MaxFunc, Reverse.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	SKU   string
	Cat   string
	Price int
	Qty   int
}

func (i Item) String() string { return fmt.Sprintf("%s/%s $%d x%d", i.Cat, i.SKU, i.Price, i.Qty) }

func bySKU(a, b Item) int { return strings.Compare(a.SKU, b.SKU) }

func insertSorted(inv []Item, it Item) []Item {
	i, found := slices.BinarySearchFunc(inv, it.SKU, func(e Item, sku string) int { return strings.Compare(e.SKU, sku) })
	if found {
		inv[i].Qty += it.Qty
		return inv
	}
	return slices.Insert(inv, i, it)
}

func main() {
	inv := []Item{
		{"B-200", "tools", 15, 4},
		{"A-100", "garden", 30, 0},
		{"C-300", "tools", 15, 9},
		{"A-110", "garden", 12, 2},
		{"D-400", "kitchen", 7, 0},
		{"B-210", "kitchen", 30, 1},
	}
	slices.SortFunc(inv, bySKU)
	fmt.Println(inv)

	inv = insertSorted(inv, Item{"B-205", "tools", 22, 3})
	inv = insertSorted(inv, Item{"A-110", "garden", 12, 5})
	inv = insertSorted(inv, Item{"Z-999", "misc", 1, 1})
	for _, it := range inv {
		fmt.Println(" ", it)
	}

	_, found := slices.BinarySearchFunc(inv, "C-300", func(e Item, s string) int { return cmp.Compare(e.SKU, s) })
	idx, found2 := slices.BinarySearchFunc(inv, "C-000", func(e Item, s string) int { return cmp.Compare(e.SKU, s) })
	fmt.Println("C-300", found, "C-000", idx, found2)

	outOfStock := slices.IndexFunc(inv, func(i Item) bool { return i.Qty == 0 })
	fmt.Println("first out of stock:", inv[outOfStock])
	inv = slices.DeleteFunc(inv, func(i Item) bool { return i.Qty == 0 })
	fmt.Println("after purge:", len(inv))
	inv = slices.Delete(inv, len(inv)-1, len(inv))
	fmt.Println("last now:", inv[len(inv)-1])

	byCat := slices.Clone(inv)
	slices.SortStableFunc(byCat, func(a, b Item) int {
		return cmp.Or(strings.Compare(a.Cat, b.Cat), cmp.Compare(b.Price, a.Price))
	})
	for _, it := range byCat {
		fmt.Println(" ", it)
	}
	cats := slices.CompactFunc(slices.Clone(byCat), func(a, b Item) bool { return a.Cat == b.Cat })
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = c.Cat
	}
	fmt.Println("categories:", names)

	cheapest := slices.MinFunc(inv, func(a, b Item) int { return cmp.Compare(a.Price, b.Price) })
	priciest := slices.MaxFunc(inv, func(a, b Item) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println("min", cheapest, "max", priciest)
	fmt.Println("has kitchen:", slices.ContainsFunc(inv, func(i Item) bool { return i.Cat == "kitchen" }))

	prices := make([]int, 0, len(inv))
	for _, it := range inv {
		prices = append(prices, it.Price)
	}
	slices.Sort(prices)
	fmt.Println(prices, slices.Compact(slices.Clone(prices)))
	for page := range slices.Chunk(inv, 2) {
		fmt.Println("page:", len(page), page)
	}
	slices.Reverse(inv)
	fmt.Println(slices.IsSortedFunc(inv, bySKU), inv[0].SKU)
	fmt.Println(slices.EqualFunc(inv, byCat, func(a, b Item) bool { return a.SKU == b.SKU }))
}
