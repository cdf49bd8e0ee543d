struct_field_store.go:9:8: t does not escape
struct_field_store.go:9:14: leaking param: x
struct_field_store.go:13:8: x does not escape
