// run

// package unicode: IsPunct, IsSymbol, IsMark, IsNumber, IsTitle, IsPrint, IsGraphic, IsControl, IsLetter, IsUpper, IsLower, IsDigit, IsSpace and To over ASCII, Latin-1 and a sample of other scripts.

package main

import (
	"fmt"
	"unicode"
)

func main() {
	var runes []rune
	for r := rune(0); r < 0x250; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'ǅ', 'Ⅻ', '½', '٣', '€', '∑', '→', '♥', '😀', '\u0301', '\u200b', '\u2028', '\u3000', '中', 'ー', '¿', '«', '‿', '\ufeff', '\U0001F1E6', 'ß', 'ﬁ', 'ᾈ')
	check := []struct {
		name string
		f    func(rune) bool
	}{
		{"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol}, {"Mark", unicode.IsMark}, {"Number", unicode.IsNumber},
		{"Title", unicode.IsTitle}, {"Print", unicode.IsPrint}, {"Graphic", unicode.IsGraphic}, {"Control", unicode.IsControl},
		{"Letter", unicode.IsLetter}, {"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Digit", unicode.IsDigit},
		{"Space", unicode.IsSpace},
	}
	for _, c := range check {
		var yes []rune
		for _, r := range runes {
			if c.f(r) {
				yes = append(yes, r)
			}
		}
		fmt.Printf("%-8s %d %q\n", c.name, len(yes), string(yes))
	}
	for _, r := range []rune{'a', 'Z', 'ǅ', 'ß', 'é', '1', 'ᾈ'} {
		fmt.Printf("%c %c %c %c %c\n", r, unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r), unicode.To(7, r))
	}
}
