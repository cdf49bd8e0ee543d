std_sync.go:14:7: leaking param: c
std_sync.go:21:6: moved to heap: c
