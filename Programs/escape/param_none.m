param_none.go:7:8: p does not escape
param_none.go:11:8: s does not escape
param_none.go:15:8: m does not escape
param_none.go:15:23: c does not escape
