// run

package main

import "fmt"

func kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case []T:
		return "slice of T"
	}
	return "other"
}

func main() {
	fmt.Println(kind(1), kind("s"), kind(2.5))
}
