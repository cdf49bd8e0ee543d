// run

// Generic typed event bus: per-topic subscribers of a type parameter, unsubscribe handles, filtered subscriptions and a generic Collect helper.

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Handler[E any] func(E)

type subscription[E any] struct {
	id     int
	filter func(E) bool
	h      Handler[E]
}

type Bus[E any] struct {
	nextID int
	topics map[string][]subscription[E]
	log    []string
}

func NewBus[E any]() *Bus[E] {
	return &Bus[E]{topics: map[string][]subscription[E]{}}
}

func (b *Bus[E]) Subscribe(topic string, h Handler[E]) (unsubscribe func()) {
	return b.SubscribeIf(topic, nil, h)
}

func (b *Bus[E]) SubscribeIf(topic string, filter func(E) bool, h Handler[E]) func() {
	b.nextID++
	id := b.nextID
	b.topics[topic] = append(b.topics[topic], subscription[E]{id, filter, h})
	return func() {
		b.topics[topic] = slices.DeleteFunc(b.topics[topic], func(s subscription[E]) bool { return s.id == id })
		b.log = append(b.log, fmt.Sprintf("unsub %s#%d", topic, id))
	}
}

func (b *Bus[E]) Publish(topic string, e E) int {
	delivered := 0
	for _, s := range b.topics[topic] {
		if s.filter != nil && !s.filter(e) {
			continue
		}
		s.h(e)
		delivered++
	}
	return delivered
}

func Collect[E any](b *Bus[E], topic string) (*[]E, func()) {
	var got []E
	unsub := b.Subscribe(topic, func(e E) { got = append(got, e) })
	return &got, unsub
}

type OrderEvent struct {
	ID     int
	Amount float64
	Status string
}

func main() {
	orders := NewBus[OrderEvent]()
	all, stopAll := Collect(orders, "order")
	big := 0.0
	orders.SubscribeIf("order", func(e OrderEvent) bool { return e.Amount >= 100 }, func(e OrderEvent) {
		big += e.Amount
		fmt.Printf("big order %d: %.2f\n", e.ID, e.Amount)
	})
	stopPrint := orders.Subscribe("order", func(e OrderEvent) {
		fmt.Printf("order %d %s\n", e.ID, e.Status)
	})

	fmt.Println("delivered", orders.Publish("order", OrderEvent{1, 50, "new"}))
	fmt.Println("delivered", orders.Publish("order", OrderEvent{2, 250.5, "new"}))
	stopPrint()
	fmt.Println("delivered", orders.Publish("order", OrderEvent{3, 120, "paid"}))
	stopAll()
	fmt.Println("delivered", orders.Publish("order", OrderEvent{4, 10, "void"}))
	fmt.Println("delivered", orders.Publish("refund", OrderEvent{5, 10, "x"}))
	fmt.Println("collected", len(*all), *all)
	fmt.Printf("big total %.2f\n", big)
	fmt.Println(orders.log)

	strs := NewBus[string]()
	var sb strings.Builder
	for i := range 3 {
		strs.Subscribe("t", func(s string) { fmt.Fprintf(&sb, "[%d:%s]", i, s) })
	}
	strs.Publish("t", "hi")
	strs.Publish("t", "yo")
	fmt.Println(sb.String())

	type pair[A, B any] struct {
		a A
		b B
	}
	pb := NewBus[pair[string, []int]]()
	got, _ := Collect(pb, "p")
	pb.Publish("p", pair[string, []int]{"one", []int{1}})
	pb.Publish("p", pair[string, []int]{"two", []int{1, 2}})
	fmt.Printf("%+v\n", *got)
}
