// run

// time.ParseDuration: valid inputs in every unit, signs, fractions, and the error text of invalid ones.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0",
		"0s",
		"+0s",
		"-0",
		"1ns",
		"1us",
		"1µs",
		"1μs",
		"1ms",
		"1s",
		"1m",
		"1h",
		"1.5s",
		".5s",
		"5.s",
		"1h30m",
		"1h30m45s",
		"2h45m30.5s",
		"1m1.0000000005s",
		"-1.5h",
		"+2m",
		"3h2m1s500ms400us300ns",
		"100ms100ms",
		"0.000000001s",
		"0.0000000001s",
		"2562047h47m16.854775807s",
		"-2562047h47m16.854775808s",
		"9223372036854775807ns",
		"1000000h",
		"1.000000001h",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-28q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-28q %v (%d)\n", s, d, int64(d))
	}
	fmt.Println("-- invalid --")
	for _, s := range []string{
		"",
		"1",
		"-",
		"+",
		"s",
		".s",
		"1x",
		"1 s",
		" 1s",
		"1s ",
		"1S",
		"1H",
		"1sec",
		"1.2.3s",
		"--1s",
		"1h-30m",
		"2562047h47m16.854775808s",
		"9223372036854775808ns",
		"3000000h",
		"1e3s",
		"0x10s",
		"1_000ms",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%-28q %v %v\n", s, d, err)
	}
}
