// run

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("none")))
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), time.Duration(1500)*time.Millisecond)
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Weekday(), t.YearDay())
	fmt.Println(t.Add(24*time.Hour).Format(time.RFC3339), t.Month())
}
