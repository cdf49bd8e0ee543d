// run

// JSON-like pretty printer: generic Encode[T any] dispatching with type switches (including on generic types via interfaces), sorted map keys, nested slices of maps, and a generic Object builder.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Marshaler interface{ MarshalPretty() string }

type Object[V any] struct {
	keys []string
	vals map[string]V
}

func Obj[V any]() *Object[V] { return &Object[V]{vals: map[string]V{}} }

func (o *Object[V]) entries() ([]string, []any) { return o.keys, toAny(mapGet(o.vals, o.keys)) }

func (o *Object[V]) Set(k string, v V) *Object[V] {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

type entryLister interface {
	entries() ([]string, []any)
}

func mapGet[K comparable, V any](m map[K]V, keys []K) []V {
	vs := make([]V, len(keys))
	for i, k := range keys {
		vs[i] = m[k]
	}
	return vs
}

type Celsius float64

func (c Celsius) MarshalPretty() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func Encode[T any](v T) string {
	var sb strings.Builder
	write(&sb, any(v), 0)
	return sb.String()
}

func write(sb *strings.Builder, v any, depth int) {
	ind := strings.Repeat("  ", depth)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case Marshaler:
		sb.WriteString(strconv.Quote(x.MarshalPretty()))
	case string:
		sb.WriteString(strconv.Quote(x))
	case bool, int, int64, int32:
		fmt.Fprint(sb, x)
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case error:
		fmt.Fprintf(sb, "{\"error\": %q}", x.Error())
	case entryLister:
		keys, vals := x.entries()
		writeObject(sb, keys, vals, depth, ind)
	case map[string]any:
		keys := slices.Sorted(maps.Keys(x))
		writeObject(sb, keys, mapGet(x, keys), depth, ind)
	case []any:
		writeArray(sb, x, depth, ind)
	case []string:
		writeArray(sb, toAny(x), depth, ind)
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func writeArray(sb *strings.Builder, xs []any, depth int, ind string) {
	if sb.WriteString("["); len(xs) == 0 {
		sb.WriteString("]")
		return
	}
	sb.WriteString("\n")
	for i, e := range xs {
		sb.WriteString(ind + "  ")
		write(sb, e, depth+1)
		if i < len(xs)-1 {
			sb.WriteString(",")
		}
		sb.WriteString("\n")
	}
	sb.WriteString(ind + "]")
}

func writeObject(sb *strings.Builder, keys []string, vals []any, depth int, ind string) {
	if sb.WriteString("{"); len(keys) == 0 {
		sb.WriteString("}")
		return
	}
	sb.WriteString("\n")
	for i, k := range keys {
		fmt.Fprintf(sb, "%s  %q: ", ind, k)
		write(sb, vals[i], depth+1)
		if i < len(keys)-1 {
			sb.WriteString(",")
		}
		sb.WriteString("\n")
	}
	sb.WriteString(ind + "}")
}

func main() {
	fmt.Println(Encode(42), Encode("hi\n"), Encode(3.5e-7), Encode[any](nil), Encode(true))
	fmt.Println(Encode([]string{}), Encode(map[string]any{}))
	doc := map[string]any{
		"name":  "sensor-7",
		"tags":  []string{"outdoor", "roof"},
		"temp":  Celsius(21.456),
		"alive": true,
		"readings": []any{
			map[string]any{"t": 1, "v": 0.5},
			map[string]any{"t": int64(2), "v": nil, "err": fmt.Errorf("timeout after %dms", 30)},
		},
		"meta": Obj[int]().Set("z", 1).Set("a", 2).Set("z", 3),
		"odd":  struct{ X int }{1},
	}
	fmt.Println(Encode(doc))
	nested := Obj[*Object[[]any]]().
		Set("first", Obj[[]any]().Set("xs", []any{1, "2"})).
		Set("empty", Obj[[]any]())
	fmt.Println(Encode(nested))
	fmt.Println(Encode([]Celsius{1, -2.25}))
}
