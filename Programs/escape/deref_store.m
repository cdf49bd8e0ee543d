deref_store.go:7:8: pp does not escape
deref_store.go:7:18: leaking param: p
deref_store.go:11:8: leaking param: p
