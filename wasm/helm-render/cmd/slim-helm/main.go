// Command slim-helm prepares the Helm source the in-browser renderer is built
// from: Helm's own packages, with the Kubernetes client libraries left out.
//
// `helm template` never talks to a cluster, yet two Helm files link all of
// client-go and every k8s.io/api group into any program that imports
// pkg/engine and pkg/chartutil (most of the WebAssembly file):
//
//   - pkg/chartutil/capabilities.go computes DefaultVersionSet (what
//     .Capabilities.APIVersions reports) at start-up by registering every API
//     group into client-go's scheme. Here that computation is replaced by its
//     result, computed by this program with the very same Helm code and module
//     versions (it links the renderer's packages unmodified).
//   - pkg/engine/lookup_func.go builds the cluster client behind `lookup`, which
//     the engine only installs when it is given a cluster (engine.New /
//     RenderWithClient). Rendering without a cluster, as `helm template` does, the
//     engine's own placeholder in funcs.go answers `lookup` with an empty map.
//     Here the client constructors go; the placeholder is untouched.
//
// Go refuses to overlay files in the module cache, so this program copies the
// Helm packages the renderer links (and only those) from the module cache into
// <out>/helm, edits the three files on their syntax tree (failing loudly if
// Helm changed shape, so an upgrade cannot silently change the renderer) and
// writes <out>/go.work, which makes the build use that copy in place of
// helm.sh/helm/v3. Every other byte of Helm is compiled as published.
//
// Usage (from wasm/helm-render): go run ./cmd/slim-helm <out-dir>
// then: GOWORK=<out-dir>/go.work GOOS=js GOARCH=wasm go build .
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"helm.sh/helm/v3/pkg/chartutil"
	// The packages the renderer links, so that package initialisation (which
	// could register API groups into client-go's scheme) is the renderer's own.
	_ "helm.sh/helm/v3/pkg/chart/loader"
	_ "helm.sh/helm/v3/pkg/engine"
	_ "helm.sh/helm/v3/pkg/releaseutil"
)

const helmModule = "helm.sh/helm/v3"

func main() {
	if len(os.Args) != 2 {
		fail("usage: go run ./cmd/slim-helm <out-dir>")
	}
	out, err := filepath.Abs(os.Args[1])
	check(err)
	renderer, err := os.Getwd()
	check(err)
	dst := filepath.Join(out, "helm")
	check(os.RemoveAll(dst))

	// The Helm packages the renderer links when built for the browser.
	type goPackage struct {
		ImportPath, Dir string
		GoFiles         []string
		EmbedFiles      []string
		Module          struct{ Path, Dir string }
	}
	var pkgs []goPackage
	cmd := exec.Command("go", "list", "-deps", "-json=ImportPath,Dir,GoFiles,EmbedFiles,Module", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK=off")
	cmd.Stderr = os.Stderr
	listing, err := cmd.Output()
	check(err)
	dec := json.NewDecoder(bytes.NewReader(listing))
	moduleDir := ""
	for dec.More() {
		var pkg goPackage
		check(dec.Decode(&pkg))
		if pkg.Module.Path == helmModule {
			pkgs = append(pkgs, pkg)
			moduleDir = pkg.Module.Dir
		}
	}
	if moduleDir == "" {
		fail("the renderer links no " + helmModule + " package")
	}

	edits := map[string]func(string) []byte{
		"pkg/chartutil/capabilities.go": capabilities,
		"pkg/engine/engine.go":          engine,
		"pkg/engine/lookup_func.go":     lookupFunc,
		"pkg/chartutil/jsonschema.go":   jsonschema,
		"pkg/release/info.go":           releaseInfo,
	}
	for _, pkg := range pkgs {
		rel, err := filepath.Rel(moduleDir, pkg.Dir)
		check(err)
		for _, f := range append(append([]string{}, pkg.GoFiles...), pkg.EmbedFiles...) {
			name := filepath.ToSlash(filepath.Join(rel, f))
			src := filepath.Join(pkg.Dir, f)
			var data []byte
			if edit, ok := edits[name]; ok {
				data = edit(src)
				delete(edits, name)
			} else {
				data, err = os.ReadFile(src)
				check(err)
			}
			target := filepath.Join(dst, rel, f)
			check(os.MkdirAll(filepath.Dir(target), 0o755))
			check(os.WriteFile(target, data, 0o644))
		}
	}
	edited := 5 - len(edits)
	for name := range edits {
		fail(name + " is no longer linked: Helm changed, review cmd/slim-helm")
	}
	for _, f := range []string{"go.mod", "go.sum", "LICENSE"} {
		data, err := os.ReadFile(filepath.Join(moduleDir, f))
		check(err)
		check(os.WriteFile(filepath.Join(dst, f), data, 0o644))
	}
	work := fmt.Sprintf("go %s\n\nuse (\n\t%s\n\t%s\n)\n", goVersion(renderer), strconv.Quote(renderer), strconv.Quote(dst))
	check(os.WriteFile(filepath.Join(out, "go.work"), []byte(work), 0o644))
	fmt.Printf("[slim-helm] %d Helm packages copied to %s, %d files edited, DefaultVersionSet has %d API versions\n",
		len(pkgs), dst, edited, len(chartutil.DefaultVersionSet))
}

// goVersion is the go directive of the renderer's go.mod.
func goVersion(dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	check(err)
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return v
		}
	}
	fail("no go directive in go.mod")
	return ""
}

// capabilities.go: allKnownVersions() returns the list it computes, without
// client-go's scheme and the apiextensions groups.
func capabilities(path string) []byte {
	f := open(path)
	var list strings.Builder
	list.WriteString("{\n\treturn VersionSet{\n")
	for _, v := range chartutil.DefaultVersionSet {
		list.WriteString("\t\t" + strconv.Quote(v) + ",\n")
	}
	list.WriteString("\t}\n}")
	f.replace(f.fn("allKnownVersions").Body, list.String())
	return f.bytes("k8s.io/client-go/kubernetes/scheme",
		"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1",
		"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1")
}

// engine.go: without New and RenderWithClient, the two constructors taking a
// *rest.Config (a cluster connection).
func engine(path string) []byte {
	f := open(path)
	f.remove(f.fn("New"))
	f.remove(f.fn("RenderWithClient"))
	return f.bytes("k8s.io/client-go/rest")
}

// lookup_func.go: reduced to what engine.go uses (lookupFunc, ClientProvider,
// newLookupFunction) with no cluster client. A ClientProvider can only come
// from the caller, and the renderer never passes one, so the engine keeps its
// placeholder `lookup` (an empty map), exactly like `helm template`.
func lookupFunc(path string) []byte {
	f := open(path)
	f.typ("lookupFunc")
	f.typ("ClientProvider")
	f.fn("newLookupFunction")
	return []byte(`// Code generated by cmd/slim-helm from Helm's pkg/engine/lookup_func.go. DO NOT EDIT.

package engine

import "errors"

type lookupFunc = func(apiversion string, resource string, namespace string, name string) (map[string]interface{}, error)

// ClientProvider is Helm's interface, with the client type left opaque: the
// in-browser renderer has no cluster and never installs one.
type ClientProvider interface {
	GetClientFor(apiVersion, kind string) (interface{}, bool, error)
}

func newLookupFunction(ClientProvider) lookupFunc {
	return func(string, string, string, string) (map[string]interface{}, error) {
		return map[string]interface{}{}, errors.New("lookup needs a Kubernetes cluster, which the in-browser renderer does not have")
	}
}
`)
}

// jsonschema.go: a values.schema.json can no longer pull $ref documents over
// HTTP(S). The app makes no network request at run time, and the agent chart
// has no schema; file: and urn: references resolve as in Helm.
func jsonschema(path string) []byte {
	f := open(path)
	f.remove(f.typ("HTTPURLLoader"))
	f.remove(f.method("HTTPURLLoader", "Load"))
	f.remove(f.fn("newHTTPURLLoader"))
	removed := 0
	ast.Inspect(f.fn("ValidateAgainstSingleSchema"), func(n ast.Node) bool {
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.BasicLit); ok && (key.Value == `"http"` || key.Value == `"https"`) {
				f.removeElement(kv)
				removed++
			}
		}
		return true
	})
	if removed != 2 {
		fail(path + ": the http/https schema loaders were not found: Helm changed, review cmd/slim-helm")
	}
	return f.bytes("crypto/tls", "net/http", "time", "helm.sh/helm/v3/internal/version")
}

// info.go: Info.Resources (what `helm status` lists, never set by a render)
// holds interface{} values instead of apimachinery's runtime.Object, which
// would link apimachinery's runtime and its codecs.
func releaseInfo(path string) []byte {
	f := open(path)
	found := 0
	ast.Inspect(f.file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "runtime" && sel.Sel.Name == "Object" {
				f.replace(sel, "interface{}")
				found++
			}
		}
		return true
	})
	if found == 0 {
		fail(path + ": runtime.Object not found: Helm changed, review cmd/slim-helm")
	}
	return f.bytes("k8s.io/apimachinery/pkg/runtime")
}

// goFile is one Helm file being edited: byte-range replacements on its text,
// applied at once, then the imports the edits made unused are removed.
type goFile struct {
	path    string
	src     []byte
	fset    *token.FileSet
	file    *ast.File
	splices []splice
}

type splice struct {
	from, to int
	text     string
}

func open(path string) *goFile {
	src, err := os.ReadFile(path)
	check(err)
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	check(err)
	return &goFile{path: path, src: src, fset: fset, file: file}
}

func (f *goFile) offset(p token.Pos) int { return f.fset.Position(p).Offset }

func (f *goFile) replace(n ast.Node, text string) {
	f.splices = append(f.splices, splice{f.offset(n.Pos()), f.offset(n.End()), text})
}

// remove deletes a declaration with its doc comment.
func (f *goFile) remove(n ast.Node) {
	from := n.Pos()
	switch d := n.(type) {
	case *ast.FuncDecl:
		if d.Doc != nil {
			from = d.Doc.Pos()
		}
	case *ast.GenDecl:
		if d.Doc != nil {
			from = d.Doc.Pos()
		}
	}
	f.splices = append(f.splices, splice{f.offset(from), f.offset(n.End()), ""})
}

// removeElement deletes one element of a composite literal with its comma.
func (f *goFile) removeElement(n ast.Node) {
	to := f.offset(n.End())
	if to < len(f.src) && f.src[to] == ',' {
		to++
	}
	f.splices = append(f.splices, splice{f.offset(n.Pos()), to, ""})
}

func (f *goFile) fn(name string) *ast.FuncDecl {
	for _, d := range f.file.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == name {
			return fn
		}
	}
	fail(fmt.Sprintf("%s: func %s not found: Helm changed, review cmd/slim-helm", f.path, name))
	return nil
}

func (f *goFile) method(recv, name string) *ast.FuncDecl {
	for _, d := range f.file.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv != nil && fn.Name.Name == name && len(fn.Recv.List) == 1 {
			t := fn.Recv.List[0].Type
			if star, ok := t.(*ast.StarExpr); ok {
				t = star.X
			}
			if id, ok := t.(*ast.Ident); ok && id.Name == recv {
				return fn
			}
		}
	}
	fail(fmt.Sprintf("%s: method %s.%s not found: Helm changed, review cmd/slim-helm", f.path, recv, name))
	return nil
}

// typ returns the declaration of a type declared on its own.
func (f *goFile) typ(name string) *ast.GenDecl {
	for _, d := range f.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE && len(g.Specs) == 1 && g.Specs[0].(*ast.TypeSpec).Name.Name == name {
			return g
		}
	}
	fail(fmt.Sprintf("%s: type %s not found: Helm changed, review cmd/slim-helm", f.path, name))
	return nil
}

// bytes applies the edits, removes the imports named (each must be there) and
// returns the file formatted.
func (f *goFile) bytes(imports ...string) []byte {
	sort.Slice(f.splices, func(i, j int) bool { return f.splices[i].from > f.splices[j].from })
	src := append([]byte{}, f.src...)
	for _, s := range f.splices {
		src = append(src[:s.from:s.from], append([]byte(s.text), src[s.to:]...)...)
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, f.path, src, parser.ParseComments)
	check(err)
	for _, p := range imports {
		found := false
		for _, d := range file.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.IMPORT {
				continue
			}
			specs := g.Specs[:0]
			for _, s := range g.Specs {
				if s.(*ast.ImportSpec).Path.Value == strconv.Quote(p) {
					found = true
					continue
				}
				specs = append(specs, s)
			}
			g.Specs = specs
		}
		if !found {
			fail(fmt.Sprintf("%s: import %q not found: Helm changed, review cmd/slim-helm", f.path, p))
		}
	}
	file.Imports = nil
	var b bytes.Buffer
	b.WriteString("// Code generated by cmd/slim-helm from Helm's source. DO NOT EDIT.\n\n")
	check(format.Node(&b, fset, file))
	return b.Bytes()
}

func check(err error) {
	if err != nil {
		fail(err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "[slim-helm] "+msg)
	os.Exit(1)
}
