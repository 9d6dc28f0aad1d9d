//go:build js && wasm

package main

import (
	"syscall/js"
)

// Exposes globalThis.helmRender(chartBytes: Uint8Array, valuesYaml, release, namespace, kubeVersion)
// → {manifests: string} or {error: string}, then keeps the Go runtime alive for further calls.
func main() {
	js.Global().Set("helmRender", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 5 {
			return map[string]any{"error": "helmRender(chart, values, release, namespace, kubeVersion) needs 5 arguments"}
		}
		chart := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(chart, args[0])
		out, err := Render(Request{
			Chart:       chart,
			Values:      args[1].String(),
			Release:     args[2].String(),
			Namespace:   args[3].String(),
			KubeVersion: args[4].String(),
		})
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		return map[string]any{"manifests": out}
	}))
	// helmChartInfo(chartBytes: Uint8Array) → {name, version, appVersion, apiVersion} or {error}
	js.Global().Set("helmChartInfo", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 {
			return map[string]any{"error": "helmChartInfo(chart) needs the archive bytes"}
		}
		chart := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(chart, args[0])
		info, err := Inspect(chart)
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		return map[string]any{"name": info.Name, "version": info.Version, "appVersion": info.AppVersion, "apiVersion": info.APIVersion}
	}))
	js.Global().Set("helmRenderReady", true)
	select {}
}
