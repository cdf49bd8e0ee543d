// run

// Typed generic event bus: Topic[T] with ordered subscribers, unsubscribe handles, and a generic Publish helper across topics of different payload types.

package main

import (
	"fmt"
	"strings"
)

type Topic[T any] struct {
	name   string
	subs   []*sub[T]
	nextID int
}

type sub[T any] struct {
	id int
	fn func(T)
}

func NewTopic[T any](name string) *Topic[T] { return &Topic[T]{name: name} }

func (t *Topic[T]) Subscribe(fn func(T)) (unsubscribe func()) {
	t.nextID++
	s := &sub[T]{t.nextID, fn}
	t.subs = append(t.subs, s)
	return func() {
		for i, x := range t.subs {
			if x == s {
				t.subs = append(t.subs[:i], t.subs[i+1:]...)
				return
			}
		}
	}
}

func (t *Topic[T]) Publish(v T) int {
	for _, s := range t.subs {
		s.fn(v)
	}
	return len(t.subs)
}

type Publisher[T any] interface {
	Publish(T) int
}

func PublishAll[T any, P Publisher[T]](p P, vs ...T) int {
	n := 0
	for _, v := range vs {
		n += p.Publish(v)
	}
	return n
}

type Login struct {
	User string
	OK   bool
}

func main() {
	logins := NewTopic[Login]("login")
	var log []string
	u1 := logins.Subscribe(func(l Login) { log = append(log, "audit:"+l.User) })
	logins.Subscribe(func(l Login) {
		if !l.OK {
			log = append(log, "alert:"+l.User)
		}
	})
	fmt.Println(logins.Publish(Login{"ann", true}))
	fmt.Println(logins.Publish(Login{"bob", false}))
	u1()
	u1()
	fmt.Println(PublishAll(logins, Login{"cy", false}, Login{"di", true}))
	fmt.Println(strings.Join(log, " "))
	nums := NewTopic[int]("nums")
	sum := 0
	nums.Subscribe(func(n int) { sum += n })
	nums.Subscribe(func(n int) { sum *= 2 })
	fmt.Println(PublishAll[int](nums, 1, 2, 3), sum)
	var p Publisher[string] = NewTopic[string]("empty")
	fmt.Println(p.Publish("nobody"))
}
