param_content.go:9:8: leaking param content: p
param_content.go:13:8: leaking param content: s
