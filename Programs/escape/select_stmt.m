select_stmt.go:7:8: c does not escape
select_stmt.go:7:21: d does not escape
select_stmt.go:7:34: leaking param: p
