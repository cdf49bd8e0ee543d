// run

// A channel of channels: clients send requests carrying their own reply channel to a server goroutine that owns the state.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type request struct {
	op    string
	key   string
	delta int
	reply chan int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "add":
			state[r.key] += r.delta
			r.reply <- state[r.key]
		case "get":
			r.reply <- state[r.key]
		case "keys":
			r.reply <- len(state)
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)

	call := func(op, key string, delta int) int {
		reply := make(chan int)
		reqs <- request{op, key, delta, reply}
		return <-reply
	}
	fmt.Println(call("add", "a", 5), call("add", "a", 3), call("get", "a", 0), call("get", "zz", 0))

	// 20 clients, each adding 1..10 to its own key and 1 to a shared key
	var wg sync.WaitGroup
	for c := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprintf("k%02d", c%4)
			for i := 1; i <= 10; i++ {
				call("add", key, i)
				call("add", "shared", 1)
			}
		}()
	}
	wg.Wait()
	var keys []string
	for _, k := range []string{"k03", "k00", "shared", "k02", "k01"} {
		keys = append(keys, fmt.Sprintf("%s=%d", k, call("get", k, 0)))
	}
	sort.Strings(keys)
	fmt.Println(keys, "keys:", call("keys", "", 0))

	// replies through a channel of reply channels: answered in request order
	asks := make(chan chan string, 3)
	go func() {
		n := 0
		for rc := range asks {
			n++
			rc <- fmt.Sprint("answer ", n)
		}
	}()
	var pending []chan string
	for range 3 {
		rc := make(chan string, 1)
		asks <- rc
		pending = append(pending, rc)
	}
	close(asks)
	for i := len(pending) - 1; i >= 0; i-- {
		fmt.Println(i, <-pending[i])
	}
	close(reqs)
}
