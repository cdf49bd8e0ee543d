// run

package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) *Account {
	a.Balance += n
	a.History = append(a.History, n)
	return a
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d (%d ops)", a.Owner, a.Balance, len(a.History))
}

type Bank struct {
	accounts [2]Account
	byName   map[string]*Account
}

func main() {
	var b Bank
	b.accounts[0].Owner = "ann"
	b.accounts[0].Deposit(10).Deposit(5)
	b.byName = map[string]*Account{"bob": &b.accounts[1]}
	b.byName["bob"].Owner = "bob"
	b.byName["bob"].Deposit(7)
	for _, a := range b.accounts {
		fmt.Println(a.Summary())
	}
	copyA := b.accounts[0]
	copyA.Deposit(100)
	fmt.Println(b.accounts[0].Balance, copyA.Balance, len(b.accounts[0].History), len(copyA.History))
}
