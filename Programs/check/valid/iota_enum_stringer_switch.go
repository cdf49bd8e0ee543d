// run

package main

import "fmt"

type State uint8

const (
	Idle State = iota
	Running
	Stopped
	_
	Failed
)

var names = [...]string{Idle: "idle", Running: "running", Stopped: "stopped", Failed: "failed"}

func (s State) String() string {
	if int(s) < len(names) && names[s] != "" {
		return names[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Flags uint

const (
	Read Flags = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func main() {
	for s := range State(6) {
		switch s {
		case Idle, Stopped:
			fmt.Println(s, "quiet")
		case Failed:
			fmt.Println(s, "bad")
		default:
			fmt.Println(s)
		}
	}
	f := Read | Exec
	fmt.Println(f&Write != 0, f&Exec != 0, All, All&^Write, f^All)
	fmt.Printf("%v %d %s\n", Running, Running, Failed)
}
