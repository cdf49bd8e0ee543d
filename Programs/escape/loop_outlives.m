loop_outlives.go:10:3: moved to heap: x
loop_outlives.go:19:3: moved to heap: x
