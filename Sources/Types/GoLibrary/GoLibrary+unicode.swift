// Package unicode in Go for what is defined without tables: IsControl (the
// C0 and C1 control codes, as Go's Latin-1 table has them) and To. The
// category predicates and case mappings are natives over the host's
// Unicode data; range tables (In, IsOneOf, Is, SimpleFold) are not
// implemented.
extension GoLibrary {
    static let unicode = #"""
package unicode

func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7f <= r && r < 0xa0
}

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
"""#
}
