// run

// Expression AST folded by a generic Fold[R] with an algebra of per-node functions: evaluation to int and float64, pretty printing, node counting, and constant folding that returns a new tree.

package main

import (
	"fmt"
	"strconv"
)

type Expr interface{ isExpr() }

type Num struct{ V int }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (Num) isExpr() {}
func (Var) isExpr() {}
func (Bin) isExpr() {}
func (Neg) isExpr() {}

type Algebra[R any] struct {
	Num func(int) R
	Var func(string) R
	Bin func(byte, R, R) R
	Neg func(R) R
}

func Fold[R any](e Expr, a Algebra[R]) R {
	switch e := e.(type) {
	case Num:
		return a.Num(e.V)
	case Var:
		return a.Var(e.Name)
	case Bin:
		return a.Bin(e.Op, Fold(e.L, a), Fold(e.R, a))
	case Neg:
		return a.Neg(Fold(e.X, a))
	}
	panic(fmt.Sprintf("unknown node %T", e))
}

type Arith interface{ ~int | ~float64 }

func Eval[T Arith](env map[string]T) Algebra[T] {
	return Algebra[T]{
		Num: func(v int) T { return T(v) },
		Var: func(n string) T { return env[n] },
		Bin: func(op byte, l, r T) T {
			switch op {
			case '+':
				return l + r
			case '-':
				return l - r
			case '*':
				return l * r
			case '/':
				return l / r
			}
			panic("bad op " + string(op))
		},
		Neg: func(x T) T { return -x },
	}
}

var Show = Algebra[string]{
	Num: strconv.Itoa,
	Var: func(n string) string { return n },
	Bin: func(op byte, l, r string) string { return "(" + l + " " + string(op) + " " + r + ")" },
	Neg: func(x string) string { return "-" + x },
}

var Size = Algebra[int]{
	Num: func(int) int { return 1 },
	Var: func(string) int { return 1 },
	Bin: func(_ byte, l, r int) int { return 1 + l + r },
	Neg: func(x int) int { return 1 + x },
}

// Simplify rebuilds the tree, folding constant subtrees.
var Simplify = Algebra[Expr]{
	Num: func(v int) Expr { return Num{v} },
	Var: func(n string) Expr { return Var{n} },
	Bin: func(op byte, l, r Expr) Expr {
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok && !(op == '/' && rn.V == 0) {
			return Num{Fold(Bin{op, ln, rn}, Eval[int](nil))}
		}
		if op == '*' && (lok && ln.V == 1) {
			return r
		}
		if (op == '*' || op == '+') && rok && rn.V == map[byte]int{'*': 1, '+': 0}[op] {
			return l
		}
		return Bin{op, l, r}
	},
	Neg: func(x Expr) Expr {
		if n, ok := x.(Num); ok {
			return Num{-n.V}
		}
		return Neg{x}
	},
}

func main() {
	e := Bin{'+', Bin{'*', Num{2}, Var{"x"}}, Neg{Bin{'/', Var{"y"}, Num{4}}}}
	fmt.Println(Fold(e, Show), "size", Fold(e, Size))
	fmt.Println(Fold(e, Eval(map[string]int{"x": 5, "y": 10})))
	fmt.Println(Fold(e, Eval(map[string]float64{"x": 5, "y": 10})))

	c := Bin{'*', Bin{'+', Num{1}, Num{0}}, Bin{'+', Var{"z"}, Bin{'-', Num{3}, Num{3}}}}
	s := Fold(c, Simplify)
	fmt.Println(Fold(c, Show), "=>", Fold(s, Show), Fold(c, Size), "->", Fold(s, Size))
	fmt.Printf("%T %v\n", s, s)
	n := Fold(Neg{Bin{'*', Num{6}, Num{7}}}, Simplify)
	fmt.Printf("%v %T\n", n, n)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Fold(Bin{'%', Num{1}, Num{2}}, Eval[int](nil))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Fold(Bin{'/', Num{1}, Var{"zero"}}, Eval(map[string]float64{})))
		Fold(Bin{'/', Num{1}, Var{"zero"}}, Eval(map[string]int{}))
	}()
}
