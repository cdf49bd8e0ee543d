// run

package main

import "fmt"

type key struct {
	a int
	b string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["zz"], m)
	v, ok := m["b"]
	fmt.Println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(sum)
	counts := make(map[int]int)
	for i := 0; i < 1000; i++ {
		counts[i%7]++
	}
	fmt.Println(counts)
	sk := map[key][]int{}
	sk[key{1, "x"}] = append(sk[key{1, "x"}], 5)
	sk[key{1, "x"}] = append(sk[key{1, "x"}], 6)
	fmt.Println(sk[key{1, "x"}], len(sk))
	var nm map[string]bool
	fmt.Println(nm["q"], len(nm), nm == nil)
	ia := map[any]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(ia[1], ia["1"], ia[1.5], len(ia))
	big := map[int]string{}
	for i := 0; i < 10000; i++ {
		big[i] = fmt.Sprint(i)
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[9999], big[9998] == "")
	clear(big)
	fmt.Println(len(big))
	defer func() { fmt.Println("recovered:", recover()) }()
	nm["x"] = true
}
