// Package sync's Map and Pool in Go. A Map keeps an ordinary map[any]any
// in its opaque field (mapState overlays it, the map's pointer on one of
// the field's pointer words); with one goroutine running at a time and no
// preemption point inside a method (Range's loop aside, which Go allows to
// run beside stores), each operation is atomic. A Pool keeps its values
// in a []any behind its local pointer and hands out the latest Put first,
// as Go's per-P private slot and shared chain do for one P; New fills a miss.
// Its first Put registers it with the collector, which at the start of every
// cycle moves the values to the victim cache and drops the previous victims
// (Go's poolCleanup): a value survives one collection unused, not two.
extension GoLibrary {
    static let syncMap = #"""

type mapState struct {
	_       [2]uint64
	entries map[any]any
	_       [2]unsafe.Pointer
	_       uint64
}

func (m *Map) state() *mapState { return (*mapState)(unsafe.Pointer(&m.m)) }

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.state().entries[key]
	return
}

func (m *Map) Store(key, value any) { m.Swap(key, value) }

func (m *Map) Clear() { clear(m.state().entries) }

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	s := m.state()
	if v, ok := s.entries[key]; ok {
		return v, true
	}
	if s.entries == nil {
		s.entries = make(map[any]any)
	}
	s.entries[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	s := m.state()
	value, loaded = s.entries[key]
	delete(s.entries, key)
	return
}

func (m *Map) Delete(key any) { delete(m.state().entries, key) }

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	s := m.state()
	if s.entries == nil {
		s.entries = make(map[any]any)
	}
	previous, loaded = s.entries[key]
	s.entries[key] = value
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	s := m.state()
	if v, ok := s.entries[key]; !ok || v != old {
		return false
	}
	s.entries[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	s := m.state()
	if v, ok := s.entries[key]; !ok || v != old {
		return false
	}
	delete(s.entries, key)
	return true
}

func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.state().entries {
		if !f(k, v) {
			break
		}
	}
}

// registerPool hands a pool to the collector (its local and victim pointers).
func registerPool(p *Pool)

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p.localSize == 0 {
		p.localSize = 1
		registerPool(p)
	}
	l := (*[]any)(p.local)
	if l == nil {
		l = new([]any)
		p.local = unsafe.Pointer(l)
	}
	*l = append(*l, x)
}

func (p *Pool) Get() any {
	if l := (*[]any)(p.local); l != nil && len(*l) > 0 {
		x := (*l)[len(*l)-1]
		(*l)[len(*l)-1] = nil
		*l = (*l)[:len(*l)-1]
		return x
	}
	if l := (*[]any)(p.victim); l != nil && len(*l) > 0 {
		x := (*l)[len(*l)-1]
		(*l)[len(*l)-1] = nil
		*l = (*l)[:len(*l)-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
"""#
}
