// Package main is the in-browser chart renderer: Helm's own template engine
// (helm.sh/helm/v3 pkg/engine, pkg/chartutil, pkg/chart/loader, pkg/releaseutil)
// doing what `helm template` does in client-only mode, with no cluster, no
// network and no file system. render.go holds the platform-neutral part so it
// can be tested natively (go test) as well as compiled to WebAssembly.
package main

import (
	"bytes"
	"fmt"
	"strings"

	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"
	"helm.sh/helm/v3/pkg/releaseutil"
	"sigs.k8s.io/yaml"
)

// Request is one render: the chart archive (agent-<version>.tgz bytes), the
// user's values.yaml text, the release name and namespace, and the Kubernetes
// version that .Capabilities.KubeVersion reports (empty: Helm's default).
type Request struct {
	Chart       []byte
	Values      string
	Release     string
	Namespace   string
	KubeVersion string
}

// Render returns exactly what `helm template <release> <chart> -n <namespace>
// -f <values> [--kube-version <v>]` prints on stdout, or Helm's error text.
func Render(req Request) (string, error) {
	chrt, err := loader.LoadArchive(bytes.NewReader(req.Chart))
	if err != nil {
		return "", fmt.Errorf("not a Helm chart archive: %w", err)
	}
	if err := chrt.Validate(); err != nil {
		return "", fmt.Errorf("invalid chart: %w", err)
	}

	// Same parse as `helm -f values.yaml` (pkg/cli/values.Options.MergeValues).
	vals := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(req.Values), &vals); err != nil {
		return "", fmt.Errorf("failed to parse values: %w", err)
	}
	if vals == nil {
		vals = map[string]interface{}{}
	}

	caps := chartutil.DefaultCapabilities.Copy()
	if req.KubeVersion != "" {
		kv, err := chartutil.ParseKubeVersion(req.KubeVersion)
		if err != nil {
			return "", fmt.Errorf("invalid kube version '%s': %s", req.KubeVersion, err)
		}
		caps.KubeVersion = *kv
	}
	if chrt.Metadata.KubeVersion != "" && !chartutil.IsCompatibleRange(chrt.Metadata.KubeVersion, caps.KubeVersion.String()) {
		return "", fmt.Errorf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s", chrt.Metadata.KubeVersion, caps.KubeVersion.String())
	}

	// pkg/action.Install.RunWithContext, client-only dry run (what `helm template` runs).
	if err := chartutil.ProcessDependenciesWithMerge(chrt, vals); err != nil {
		return "", err
	}
	namespace := req.Namespace
	if namespace == "" {
		namespace = "default"
	}
	options := chartutil.ReleaseOptions{Name: req.Release, Namespace: namespace, Revision: 1, IsInstall: true}
	toRender, err := chartutil.ToRenderValues(chrt, vals, options, caps)
	if err != nil {
		return "", err
	}

	// pkg/action.Configuration.renderResources
	var e engine.Engine
	files, err := e.Render(chrt, toRender)
	if err != nil {
		return "", err
	}
	for k := range files {
		if strings.HasSuffix(k, "NOTES.txt") {
			delete(files, k)
		}
	}
	hooks, manifests, err := releaseutil.SortManifests(files, nil, releaseutil.InstallOrder)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	for _, m := range manifests {
		fmt.Fprintf(&b, "---\n# Source: %s\n%s\n", m.Name, m.Content)
	}

	// cmd/helm/template.go: the manifest, trimmed, then every hook.
	var out bytes.Buffer
	fmt.Fprintln(&out, strings.TrimSpace(b.String()))
	for _, h := range hooks {
		fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", h.Path, h.Manifest)
	}
	return out.String(), nil
}

// ChartInfo is what the app shows about an archive before rendering it.
type ChartInfo struct {
	Name       string
	Version    string
	AppVersion string
	APIVersion string
}

// Inspect loads an archive the way `helm template` does and returns its
// Chart.yaml identity, or why it is not a usable chart.
func Inspect(archive []byte) (ChartInfo, error) {
	chrt, err := loader.LoadArchive(bytes.NewReader(archive))
	if err != nil {
		return ChartInfo{}, fmt.Errorf("not a Helm chart archive: %w", err)
	}
	if err := chrt.Validate(); err != nil {
		return ChartInfo{}, fmt.Errorf("invalid chart: %w", err)
	}
	m := chrt.Metadata
	return ChartInfo{Name: m.Name, Version: m.Version, AppVersion: m.AppVersion, APIVersion: m.APIVersion}, nil
}
