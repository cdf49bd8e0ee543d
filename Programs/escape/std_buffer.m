std_buffer.go:9:8: s does not escape
std_buffer.go:16:12: new(bytes.Buffer) escapes to heap
