// Command helm-yaml-reader reads YAML documents the way Helm v3.22.0 reads a values file, so that the interop suite
// (interop/tests/yaml-reader.interop.test.ts) can require our loader (src/core/import/safe-yaml.ts) to give the
// same data.
//
// Helm reads `-f values.yaml` (pkg/cli/values.Options.MergeValues) and a chart's values.yaml
// (pkg/chartutil.ReadValues) with sigs.k8s.io/yaml.Unmarshal into a map[string]interface{}: go-yaml v2 (YAML 1.1)
// parses the text, map keys become strings, and the result goes through encoding/json, so every number is a
// float64. This program does exactly that, at the module versions Helm v3.22.0's go.mod pins (go.mod here; the
// build script checks them against Helm's).
//
// Input (stdin): a JSON array of documents (strings). Output (stdout): a JSON array, one entry per document:
// {"ok":true,"values":{...}} or {"ok":false,"error":"..."}.
// `helm-yaml-reader -versions` prints the YAML modules it was built with.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"sigs.k8s.io/yaml"
)

type result struct {
	OK     bool                    `json:"ok"`
	Values *map[string]interface{} `json:"values,omitempty"`
	Error  string                  `json:"error,omitempty"`
}

// readValues is pkg/chartutil.ReadValues of Helm v3.22.0 (pkg/cli/values parses -f files the same way).
func readValues(data []byte) (vals map[string]interface{}, err error) {
	err = yaml.Unmarshal(data, &vals)
	if len(vals) == 0 {
		vals = map[string]interface{}{}
	}
	return vals, err
}

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-versions" {
		info, ok := debug.ReadBuildInfo()
		if !ok {
			fail("no build information")
		}
		for _, m := range info.Deps {
			if strings.Contains(m.Path, "yaml") {
				fmt.Printf("%s %s\n", m.Path, m.Version)
			}
		}
		return
	}
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err.Error())
	}
	var docs []string
	if err := json.Unmarshal(input, &docs); err != nil {
		fail("stdin must be a JSON array of strings: " + err.Error())
	}
	out := make([]result, len(docs))
	for i, doc := range docs {
		vals, err := readValues([]byte(doc))
		if err != nil {
			out[i] = result{Error: err.Error()}
			continue
		}
		out[i] = result{OK: true, Values: &vals}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fail(err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "helm-yaml-reader: "+msg)
	os.Exit(2)
}
