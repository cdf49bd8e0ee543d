slice_store.go:7:8: s does not escape
slice_store.go:7:18: leaking param: p
slice_store.go:11:8: p does not escape
