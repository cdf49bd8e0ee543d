// Packages path and path/filepath in Go: lexical processing of slash
// separated paths (Clean's rules: one slash between elements, no "." and
// no "x/.." pairs, ".." kept at the start of a relative path and dropped at
// the root), Split, Join, Ext, Base, Dir, IsAbs, and Match's shell patterns
// ('*', '?', '[a-z]', '[^…]', '\' escapes; ErrBadPattern for a malformed
// one). filepath is path on a Unix system plus SplitList, Rel, IsLocal and
// the identity ToSlash/FromSlash; the functions that read the file system
// (Abs, EvalSymlinks, Glob, Walk, WalkDir) are not implemented.
extension GoLibrary {
    static let path = #"""
package path

import "errors"

var ErrBadPattern = errors.New("syntax error in pattern")

func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var out []byte
	if rooted {
		out = append(out, '/')
	}
	// dotdot: where out can be backtracked to (after a leading "..", or the root)
	dotdot := len(out)
	for i := 0; i < len(path); {
		switch {
		case path[i] == '/':
			i++
		case path[i] == '.' && (i+1 == len(path) || path[i+1] == '/'):
			i++
		case path[i] == '.' && path[i+1] == '.' && (i+2 == len(path) || path[i+2] == '/'):
			i += 2
			switch {
			case len(out) > dotdot:
				// drop the last element
				j := len(out) - 1
				for j > dotdot && out[j] != '/' {
					j--
				}
				out = out[:j]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			for ; i < len(path) && path[i] != '/'; i++ {
				out = append(out, path[i])
			}
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

func Split(path string) (dir, file string) {
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return path[:i+1], path[i+1:]
}

func Join(elem ...string) string {
	n := 0
	for _, e := range elem {
		n += len(e)
	}
	if n == 0 {
		return ""
	}
	b := make([]byte, 0, n+len(elem))
	for _, e := range elem {
		if len(b) > 0 || e != "" {
			if len(b) > 0 {
				b = append(b, '/')
			}
			b = append(b, e...)
		}
	}
	return Clean(string(b))
}

func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern; the whole pattern
// is checked for syntax even once the outcome is known.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = match(pattern, name)
	if err == nil && !matched {
		err = validPattern(pattern)
	}
	return matched, err
}

func validPattern(pattern string) error {
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 == len(pattern) {
				return ErrBadPattern
			}
			i++
		case '[':
			_, n, err := matchClass(pattern[i:], 0)
			if err != nil {
				return err
			}
			i += n - 1
		}
	}
	return nil
}

// match: the pattern against all of name (a '*' does not cross '/').
func match(pattern, name string) (bool, error) {
	if pattern == "" {
		return name == "", nil
	}
	switch c := pattern[0]; c {
	case '*':
		rest := pattern[1:]
		for i := 0; ; i++ {
			ok, err := match(rest, name[i:])
			if err != nil || ok {
				return ok, err
			}
			if i == len(name) || name[i] == '/' {
				return false, validPattern(rest)
			}
		}
	case '?':
		if name == "" || name[0] == '/' {
			return false, validPattern(pattern[1:])
		}
		_, w := decodeRune(name)
		return match(pattern[1:], name[w:])
	case '[':
		if name == "" {
			return false, validPattern(pattern)
		}
		r, w := decodeRune(name)
		ok, n, err := matchClass(pattern, r)
		if err != nil {
			return false, err
		}
		if !ok || r == '/' {
			return false, validPattern(pattern[n:])
		}
		return match(pattern[n:], name[w:])
	case '\\':
		if len(pattern) < 2 {
			return false, ErrBadPattern
		}
		c = pattern[1]
		if name == "" || name[0] != c {
			return false, validPattern(pattern[2:])
		}
		return match(pattern[2:], name[1:])
	default:
		if name == "" || name[0] != c {
			return false, validPattern(pattern[1:])
		}
		return match(pattern[1:], name[1:])
	}
}

// matchClass: whether r is in the class pattern starts with ("[…]"), and the class's length.
func matchClass(pattern string, r rune) (bool, int, error) {
	i := 1
	negated := i < len(pattern) && pattern[i] == '^'
	if negated {
		i++
	}
	in := false
	for first := true; ; first = false {
		if i >= len(pattern) {
			return false, 0, ErrBadPattern
		}
		if pattern[i] == ']' && !first {
			i++
			break
		}
		lo, n, err := classChar(pattern[i:])
		if err != nil {
			return false, 0, err
		}
		i += n
		hi := lo
		if i < len(pattern) && pattern[i] == '-' {
			if hi, n, err = classChar(pattern[i+1:]); err != nil {
				return false, 0, err
			}
			i += 1 + n
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
	return in != negated, i, nil
}

func classChar(s string) (rune, int, error) {
	if s == "" || s[0] == '-' || s[0] == ']' {
		return 0, 0, ErrBadPattern
	}
	if s[0] == '\\' {
		if len(s) < 2 {
			return 0, 0, ErrBadPattern
		}
		r, w := decodeRune(s[1:])
		return r, 1 + w, nil
	}
	r, w := decodeRune(s)
	return r, w, nil
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		n := 1
		switch {
		case r >= 0x10000:
			n = 4
		case r >= 0x800:
			n = 3
		case r >= 0x80:
			n = 2
		}
		if r == 0xFFFD && s[0] != 0xEF {
			n = 1
		}
		return r, n
	}
	return 0, 0
}
"""#

    static let pathFilepath = #"""
package filepath

import (
	"errors"
	"io/fs"
	"path"
	"strings"
)

var (
	ErrBadPattern = path.ErrBadPattern
	SkipDir       error = fs.SkipDir
	SkipAll       error = fs.SkipAll
)

func Clean(p string) string                    { return path.Clean(p) }
func Split(p string) (dir, file string)        { return path.Split(p) }
func Join(elem ...string) string               { return path.Join(elem...) }
func Ext(p string) string                      { return path.Ext(p) }
func Base(p string) string                     { return path.Base(p) }
func Dir(p string) string                      { return path.Dir(p) }
func IsAbs(p string) bool                      { return path.IsAbs(p) }
func Match(pattern, name string) (bool, error) { return path.Match(pattern, name) }
func ToSlash(p string) string                  { return p }
func FromSlash(p string) string                { return p }
func VolumeName(p string) string               { return "" }

func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for q := p; q != ""; {
		var part string
		part, q, _ = strings.Cut(q, "/")
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return p != ".." && !strings.HasPrefix(p, "../")
}

func Localize(p string) (string, error) {
	if !fs.ValidPath(p) {
		return "", errors.New("invalid path")
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return p, nil
}

// Rel: a relative path from basePath to targPath, lexically.
func Rel(basePath, targPath string) (string, error) {
	base, targ := Clean(basePath), Clean(targPath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targPath + " relative to " + basePath)
	}
	if b0 != bl {
		// one ".." per element of base left
		seps := strings.Count(base[b0:bl], "/")
		buf := make([]byte, 0, 3+3*seps+tl-t0)
		buf = append(buf, ".."...)
		for i := 0; i < seps; i++ {
			buf = append(buf, "/.."...)
		}
		if t0 != tl {
			buf = append(buf, '/')
			buf = append(buf, targ[t0:]...)
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}
"""#
}
