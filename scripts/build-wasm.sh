#!/usr/bin/env bash
# Builds the in-browser chart renderer (wasm/helm-render, Helm's engine compiled to WebAssembly) into
# wasm/helm-render/dist/: helm-render.wasm and the wasm_exec.js of the Go toolchain that built it.
# Without Go on PATH it prints how to enable the Manifests view and exits 0: the rest of the app works without it.
# Go's module and build caches are reused, so a rebuild with warm caches takes seconds.
#
# Size: `helm template` never talks to a cluster, but Helm's engine and chartutil link client-go and every
# k8s.io/api group (for `lookup` and for .Capabilities.APIVersions). cmd/slim-helm copies the Helm packages the
# renderer links into $MODULE/.slim-helm/helm with those links cut (see its doc comment; the API version list is
# computed by Helm itself at build time) and the build uses that copy through a go.work file. The .wasm is then
# precompressed (.gz, .br) for servers that send precompressed files.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=wasm/helm-render
OUT="$MODULE/dist"
log() { echo "[build-wasm] $*"; }

if ! command -v go >/dev/null 2>&1; then
  log "Go is not installed: skipping the in-browser chart renderer (the Manifests view will say it is not built)."
  log "To enable it, install Go >= 1.26 (https://go.dev/dl/) and run: npm run build:wasm"
  exit 0
fi

mkdir -p "$OUT"
start=$(date +%s)
( cd "$MODULE" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS="-buildvcs=false -mod=mod" GOWORK=off go run ./cmd/slim-helm .slim-helm )
( cd "$MODULE" && GOOS=js GOARCH=wasm CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS="-buildvcs=false" GOWORK="$PWD/.slim-helm/go.work" \
    go build -trimpath -ldflags="-s -w" -o dist/helm-render.wasm . )
# The JS glue must come from the same Go release as the .wasm (Go >= 1.24 keeps it in lib/wasm).
GOROOT="$(go env GOROOT)"
EXEC="$GOROOT/lib/wasm/wasm_exec.js"
[ -f "$EXEC" ] || EXEC="$GOROOT/misc/wasm/wasm_exec.js"
cp "$EXEC" "$OUT/wasm_exec.js"
node scripts/precompress.mjs "$OUT/helm-render.wasm"
log "built $OUT/helm-render.wasm ($(du -h "$OUT/helm-render.wasm" | cut -f1)) with $(go version | awk '{print $3}') in $(( $(date +%s) - start ))s"
