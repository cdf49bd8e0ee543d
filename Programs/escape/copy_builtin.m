copy_builtin.go:7:8: dst does not escape
copy_builtin.go:7:13: src does not escape
copy_builtin.go:11:8: dst does not escape
copy_builtin.go:11:13: leaking param content: src
copy_builtin.go:15:8: dst does not escape
copy_builtin.go:15:20: s does not escape
