// run

// A bank-transfer simulation with one Mutex per account: transfers lock the lower account id first so opposite transfers cannot deadlock, 8 goroutines × 500 pseudo-random transfers leave deterministic balances and a conserved total, an auditor locking all accounts in id order always sees the same total, and refused transfers change nothing.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type account struct {
	id      int
	mu      sync.Mutex
	balance int
}

type bank struct {
	accounts []*account
}

var errInsufficient = errors.New("insufficient funds")

func (b *bank) transfer(from, to, amount int) error {
	if from == to {
		return nil
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id { // always lock the lower id first
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d from #%d (balance %d): %w", amount, from, a.balance, errInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

// audit locks every account in id order and sums the balances.
func (b *bank) audit() int {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	total := 0
	for _, a := range b.accounts {
		total += a.balance
	}
	for i := len(b.accounts) - 1; i >= 0; i-- {
		b.accounts[i].mu.Unlock()
	}
	return total
}

func newBank(n, each int) *bank {
	b := &bank{}
	for i := range n {
		b.accounts = append(b.accounts, &account{id: i, balance: each})
	}
	return b
}

func (b *bank) balances() []int {
	var out []int
	for _, a := range b.accounts {
		a.mu.Lock()
		out = append(out, a.balance)
		a.mu.Unlock()
	}
	return out
}

func main() {
	const n = 6
	b := newBank(n, 100000)
	var wg sync.WaitGroup
	var refused atomic.Int32
	var audits, badAudits atomic.Int32
	stop := make(chan struct{})
	auditorDone := make(chan struct{})
	go func() {
		defer close(auditorDone)
		for {
			audits.Add(1)
			if b.audit() != n*100000 {
				badAudits.Add(1)
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := uint32(g*7919 + 1)
			for range 500 {
				x = x*1103515245 + 12345
				from := int(x>>16) % n
				x = x*1103515245 + 12345
				to := int(x>>16) % n
				x = x*1103515245 + 12345
				amount := int(x>>16)%50 + 1
				if b.transfer(from, to, amount) != nil {
					refused.Add(1)
				}
			}
		}()
	}
	// opposite transfers between the same two accounts, hammered from both sides
	for range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for range 300 {
				b.transfer(0, 5, 3)
			}
		}()
		go func() {
			defer wg.Done()
			for range 300 {
				b.transfer(5, 0, 2)
			}
		}()
	}
	wg.Wait()
	close(stop)
	<-auditorDone
	final := b.balances()
	total := 0
	for _, v := range final {
		total += v
	}
	fmt.Println("balances:", final)
	fmt.Println("total:", total, "refused:", refused.Load(), "audits ran:", audits.Load() > 0, "bad audits:", badAudits.Load())

	// refusals: a transfer larger than the balance changes nothing and wraps errInsufficient
	small := newBank(3, 50)
	err := small.transfer(0, 1, 80)
	fmt.Println(err, "| is insufficient:", errors.Is(err, errInsufficient))
	fmt.Println("unchanged:", small.balances())
	// 10 goroutines each try to move 20 out of account 2 (balance 50): exactly 2 succeed
	var ok, no atomic.Int32
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if small.transfer(2, 0, 20) == nil {
				ok.Add(1)
			} else {
				no.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("succeeded:", ok.Load(), "refused:", no.Load(), "balances:", small.balances(), "total:", small.audit())
}
