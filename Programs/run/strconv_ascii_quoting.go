// run

// strconv's ASCII-only quoting, IsPrint and CanBackquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.QuoteToASCII("héllo, 世界\n\x01"), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToASCII('\n'))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\t'), strconv.IsPrint('☺'), strconv.IsPrint(-1))
	fmt.Println(strconv.CanBackquote("Fran & Freddie's Diner ☺"), strconv.CanBackquote("`can't backquote this`"),
		strconv.CanBackquote("tab\there"), strconv.CanBackquote("nl\n"), strconv.CanBackquote("\xff"), strconv.CanBackquote("\ufeffbom"))
}
