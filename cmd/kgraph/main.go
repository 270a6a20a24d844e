// Command kgraph turns news text into a knowledge graph that can be queried
// and charted. See `kgraph help`.
package main

import (
	"os"

	"github.com/kgraph/kgraph/cmd/kgraph/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
