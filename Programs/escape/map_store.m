map_store.go:7:8: m does not escape
map_store.go:7:25: leaking param: k
map_store.go:7:33: leaking param: v
map_store.go:11:8: m does not escape
map_store.go:11:28: leaking param: s
