module github.com/polyaxon-agent-values-builder/interop/yaml-reader

go 1.26.0

// The YAML modules at the versions Helm v3.22.0's go.mod pins (scripts/build-yaml-reader.sh checks them).
require (
	go.yaml.in/yaml/v2 v2.4.4 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	sigs.k8s.io/yaml v1.6.0
)
