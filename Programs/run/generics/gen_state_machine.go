// run

// Generic finite state machine over comparable State and Event types with transition table, hooks, and a history iterator.

package main

import (
	"fmt"
	"iter"
)

type FSM[S, E comparable] struct {
	state   S
	table   map[S]map[E]S
	history []S
	onEnter map[S]func(from S)
}

func NewFSM[S, E comparable](initial S) *FSM[S, E] {
	return &FSM[S, E]{state: initial, table: map[S]map[E]S{}, history: []S{initial}, onEnter: map[S]func(S){}}
}

func (f *FSM[S, E]) On(from S, ev E, to S) *FSM[S, E] {
	if f.table[from] == nil {
		f.table[from] = map[E]S{}
	}
	f.table[from][ev] = to
	return f
}

func (f *FSM[S, E]) Fire(ev E) error {
	to, ok := f.table[f.state][ev]
	if !ok {
		return fmt.Errorf("no transition from %v on %v", f.state, ev)
	}
	from := f.state
	f.state = to
	f.history = append(f.history, to)
	if h := f.onEnter[to]; h != nil {
		h(from)
	}
	return nil
}

func (f *FSM[S, E]) History() iter.Seq2[int, S] {
	return func(yield func(int, S) bool) {
		for i, s := range f.history {
			if !yield(i, s) {
				return
			}
		}
	}
}

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string { return [...]string{"Red", "Green", "Yellow"}[l] }

func main() {
	door := NewFSM[string, string]("closed")
	door.On("closed", "open", "opened").On("opened", "close", "closed").On("closed", "lock", "locked").On("locked", "unlock", "closed")
	door.onEnter["locked"] = func(from string) { fmt.Println("  click! (from", from+")") }
	for _, ev := range []string{"open", "lock", "close", "lock", "open", "unlock", "open"} {
		if err := door.Fire(ev); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println(ev, "->", door.state)
		}
	}
	for i, s := range door.History() {
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
	tl := NewFSM[Light, int](Red)
	tl.On(Red, 0, Green).On(Green, 0, Yellow).On(Yellow, 0, Red)
	for range 7 {
		tl.Fire(0)
	}
	fmt.Println(tl.state, len(tl.history))
	fmt.Println(tl.Fire(1))
}
