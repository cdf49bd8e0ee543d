// run

package main

import "fmt"

type Config struct{}

func (Config) Port() int { return basePort + 1 }

var port = Config{}.Port()
var basePort = initBase()
var name = fmt.Sprint("srv:", port)

func initBase() int {
	fmt.Println("initBase")
	return 8000
}

func main() {
	fmt.Println(name, port, basePort)
}
