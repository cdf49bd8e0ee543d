map_index_ptr.go:7:8: m does not escape
map_index_ptr.go:11:8: m does not escape
