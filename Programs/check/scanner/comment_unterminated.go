// errorcheck

package main

func main() {
}

/* never closed // ERROR "comment not terminated"
