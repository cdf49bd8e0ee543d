// run

// Channels of channels: idle workers register their own job channel in a `chan chan job` pool and a dispatcher hands each job to whichever registered; replies travel on a per-request channel; a subscription service answers a `chan chan int` request with a fresh stream.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type job struct {
	n     int
	reply chan<- result
}

type result struct {
	n, square, worker int
}

func worker(id int, pool chan<- chan job, quit <-chan struct{}, wg *sync.WaitGroup, handled []int) {
	defer wg.Done()
	mine := make(chan job)
	for {
		select {
		case pool <- mine: // "I am idle: send me work here"
		case <-quit:
			return
		}
		select {
		case j := <-mine:
			handled[id]++
			j.reply <- result{j.n, j.n * j.n, id}
		case <-quit:
			return
		}
	}
}

func dispatcher(queue <-chan job, pool <-chan chan job, done chan<- int) {
	dispatched := 0
	for j := range queue {
		w := <-pool // wait for an idle worker
		w <- j
		dispatched++
	}
	done <- dispatched
}

func subscriptions(requests <-chan chan chan int) {
	next := 1
	for req := range requests {
		stream := make(chan int)
		req <- stream // the reply is itself a channel
		go func(base int) {
			for i := range 3 {
				stream <- base*100 + i
			}
			close(stream)
		}(next)
		next++
	}
}

func main() {
	const workers = 4
	pool := make(chan chan job)
	quit := make(chan struct{})
	queue := make(chan job)
	dispatched := make(chan int)
	handled := make([]int, workers)
	var wg sync.WaitGroup
	for id := range workers {
		wg.Add(1)
		go worker(id, pool, quit, &wg, handled)
	}
	go dispatcher(queue, pool, dispatched)

	// 30 requests from 3 clients, each with its own reply channel
	var cwg sync.WaitGroup
	var mu sync.Mutex
	var squares []int
	for c := range 3 {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			reply := make(chan result)
			for i := range 10 {
				n := c*10 + i
				queue <- job{n, reply}
				r := <-reply
				if r.n != n || r.square != n*n {
					panic("wrong reply")
				}
				mu.Lock()
				squares = append(squares, r.square)
				mu.Unlock()
			}
		}()
	}
	cwg.Wait()
	close(queue)
	fmt.Println("dispatched:", <-dispatched)
	close(quit)
	wg.Wait()
	slices.Sort(squares)
	total := 0
	for _, h := range handled {
		total += h
	}
	fmt.Println("replies:", len(squares), "first:", squares[:5], "last:", squares[len(squares)-1])
	fmt.Println("handled by workers in total:", total)

	// a `chan chan chan int`: each request carries a reply channel, the reply is a fresh stream
	requests := make(chan chan chan int)
	go subscriptions(requests)
	for range 3 {
		req := make(chan chan int)
		requests <- req
		stream := <-req
		var got []int
		for v := range stream {
			got = append(got, v)
		}
		fmt.Println("stream:", got)
	}
	close(requests)

	// a channel whose element type is a receive-only channel of channels
	var nested chan (<-chan chan string) = make(chan (<-chan chan string), 1)
	inner := make(chan chan string, 1)
	leaf := make(chan string, 1)
	leaf <- "deep value"
	inner <- leaf
	nested <- inner
	fmt.Printf("%T -> %s\n", nested, <-<-<-nested)
}
