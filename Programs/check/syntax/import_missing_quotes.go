// errorcheck

package main

import fmt // ERROR "missing import path"

func main() {
}
