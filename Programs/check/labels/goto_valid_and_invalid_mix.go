// errorcheck

package main

func main() {
	i := 0
back:
	j := i
	i++
	if i < 3 {
		goto back
	}
	goto fwd // ERROR "goto fwd jumps over declaration of k at \./goto_valid_and_invalid_mix\.go:14:4"
	k := j
	_ = k
fwd:
	{
		goto inner // ERROR "goto inner jumps into block starting at \./goto_valid_and_invalid_mix\.go:20:2"
	}
	{
	inner:
	}
}
