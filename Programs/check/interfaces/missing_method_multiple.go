// errorcheck

package main

type RW interface {
	Read() int
	Write(int)
}

type R struct{}

func (R) Read() int { return 0 }

func use(RW) {}

func main() {
	use(R{}) // ERROR "cannot use R{} \(value of struct type R\) as RW value in argument to use: R does not implement RW \(missing method Write\)"
}
