std_errors.go:8:2: syntax error: non-declaration statement outside function body
