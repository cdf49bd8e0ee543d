// run

// Typed finite state machine generic over state and event types (both ~string or ~int), with guarded transitions, entry hooks, history and an iter.Seq2 over the transition table.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type transitionKey[S, E comparable] struct {
	from S
	ev   E
}

type rule[S any, C any] struct {
	to    S
	guard func(*C) bool
}

type Machine[S, E cmp.Ordered, C any] struct {
	state   S
	ctx     C
	rules   map[transitionKey[S, E]]rule[S, C]
	onEnter map[S]func(*C)
	history []S
}

func NewMachine[S, E cmp.Ordered, C any](initial S, ctx C) *Machine[S, E, C] {
	return &Machine[S, E, C]{state: initial, ctx: ctx, rules: map[transitionKey[S, E]]rule[S, C]{}, onEnter: map[S]func(*C){}, history: []S{initial}}
}

func (m *Machine[S, E, C]) On(from S, ev E, to S, guard func(*C) bool) *Machine[S, E, C] {
	m.rules[transitionKey[S, E]{from, ev}] = rule[S, C]{to, guard}
	return m
}

func (m *Machine[S, E, C]) OnEnter(s S, f func(*C)) *Machine[S, E, C] {
	m.onEnter[s] = f
	return m
}

func (m *Machine[S, E, C]) Fire(ev E) error {
	r, ok := m.rules[transitionKey[S, E]{m.state, ev}]
	if !ok {
		return fmt.Errorf("no transition from %v on %v", m.state, ev)
	}
	if r.guard != nil && !r.guard(&m.ctx) {
		return fmt.Errorf("guard rejected %v --%v--> %v", m.state, ev, r.to)
	}
	m.state = r.to
	m.history = append(m.history, r.to)
	if f := m.onEnter[r.to]; f != nil {
		f(&m.ctx)
	}
	return nil
}

func (m *Machine[S, E, C]) Table() iter.Seq2[transitionKey[S, E], S] {
	return func(yield func(transitionKey[S, E], S) bool) {
		keys := make([]transitionKey[S, E], 0, len(m.rules))
		for k := range m.rules {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b transitionKey[S, E]) int {
			return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.ev, b.ev))
		})
		for _, k := range keys {
			if !yield(k, m.rules[k].to) {
				return
			}
		}
	}
}

type DoorState string
type DoorEvent string

type door struct {
	locked   bool
	opens    int
	keyCodes []int
}

type Phase int

const (
	Idle Phase = iota
	Running
	Paused
	Done
)

func (p Phase) String() string { return [...]string{"Idle", "Running", "Paused", "Done"}[p] }

func main() {
	d := NewMachine[DoorState, DoorEvent](DoorState("closed"), door{locked: true})
	d.On("closed", "open", "opened", func(c *door) bool { return !c.locked }).
		On("opened", "close", "closed", nil).
		On("closed", "unlock", "closed", nil).
		OnEnter("opened", func(c *door) { c.opens++ })
	d.rules[transitionKey[DoorState, DoorEvent]{"closed", "unlock"}] = rule[DoorState, door]{"closed", func(c *door) bool { c.locked = false; return true }}

	for _, ev := range []DoorEvent{"open", "unlock", "open", "open", "close", "open", "kick"} {
		err := d.Fire(ev)
		fmt.Printf("%-7s -> %-7s err=%v\n", ev, d.state, err)
	}
	fmt.Println(d.history, d.ctx.opens)
	for k, to := range d.Table() {
		fmt.Printf("  %s + %s = %s\n", k.from, k.ev, to)
	}

	ticks := 0
	job := NewMachine[Phase, rune](Idle, &ticks)
	job.On(Idle, 's', Running, nil).
		On(Running, 'p', Paused, nil).
		On(Paused, 's', Running, nil).
		On(Running, 'f', Done, func(t **int) bool { return **t >= 2 }).
		OnEnter(Running, func(t **int) { **t++ })
	for _, ev := range "sfpsfx" {
		if err := job.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(job.history, ticks)
	for k, to := range job.Table() {
		if to == Done {
			fmt.Printf("finish via %v/%c\n", k.from, k.ev)
			break
		}
	}
}
