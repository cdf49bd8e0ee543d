// run

// Bank ledger with named ~int64 money types: generic Sum/Balance/Partition over constraints with methods (~int64 plus String), per-account running balances and overdraft detection.

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Cents int64
type Points int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (p Points) String() string { return fmt.Sprintf("%dpts", int64(p)) }

type Amount interface {
	~int64
	fmt.Stringer
}

type Entry[A Amount] struct {
	Account string
	Memo    string
	Delta   A
}

func Sum[A ~int64](xs ...A) A {
	var s A
	for _, x := range xs {
		s += x
	}
	return s
}

func Deltas[A Amount](es []Entry[A]) []A {
	out := make([]A, len(es))
	for i, e := range es {
		out[i] = e.Delta
	}
	return out
}

func Balances[A Amount](es []Entry[A]) map[string]A {
	b := map[string]A{}
	for _, e := range es {
		b[e.Account] += e.Delta
	}
	return b
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Overdrafts[A Amount](es []Entry[A]) []string {
	running := map[string]A{}
	var out []string
	for i, e := range es {
		running[e.Account] += e.Delta
		if running[e.Account] < 0 {
			out = append(out, fmt.Sprintf("#%d %s %s -> %s", i, e.Account, e.Memo, running[e.Account]))
		}
	}
	return out
}

func Report[A Amount](title string, es []Entry[A]) {
	fmt.Println("==", title, "==")
	bal := Balances(es)
	for _, acct := range slices.Sorted(maps.Keys(bal)) {
		fmt.Printf("  %-8s %10s\n", acct, bal[acct])
	}
	credits, debits := Partition(es, func(e Entry[A]) bool { return e.Delta > 0 })
	fmt.Println("  credits", Sum(Deltas(credits)...), "debits", Sum(Deltas(debits)...), "net", Sum(Deltas(es)...))
	largest := slices.MaxFunc(es, func(a, b Entry[A]) int { return cmp.Compare(a.Delta, b.Delta) })
	fmt.Printf("  largest %s %v\n", largest.Memo, largest.Delta)
	for _, o := range Overdrafts(es) {
		fmt.Println("  overdraft", o)
	}
}

func main() {
	ledger := []Entry[Cents]{
		{"alice", "salary", 250000},
		{"bob", "salary", 180050},
		{"alice", "rent", -120000},
		{"bob", "car", -200000},
		{"carol", "gift", 5},
		{"bob", "refund", 30000},
		{"alice", "coffee", -475},
		{"carol", "fee", -99},
	}
	Report("cash", ledger)

	loyalty := []Entry[Points]{
		{"alice", "signup", 500},
		{"bob", "signup", 500},
		{"alice", "redeem", -800},
		{"alice", "bonus", 400},
	}
	Report("loyalty", loyalty)

	fmt.Println(Sum[Cents](), Sum(Cents(-1), -2), Sum[int64](1<<62, 1<<62))
	var total Cents = Sum(Deltas(ledger)...)
	fmt.Printf("%v %d %T\n", total, total, total)
}
