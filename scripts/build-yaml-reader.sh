#!/usr/bin/env bash
# Builds interop/yaml-reader (Helm v3.22.0's values reader: sigs.k8s.io/yaml + go-yaml v2) into
# .tools/bin/helm-yaml-reader for interop/tests/yaml-reader.interop.test.ts, after checking that its go.mod pins
# the YAML modules at the versions Helm's own go.mod requires. Called by scripts/install-interop-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
HELM_VERSION="${HELM_VERSION:-v3.22.0}"
MODULE=interop/yaml-reader
OUT="$PWD/.tools/bin/helm-yaml-reader"
log() { echo "[build-yaml-reader] $*"; }

# Helm's go.mod, from the module cache (Helm is built from source just before, so it is there).
HELM_MOD="$(go env GOMODCACHE)/cache/download/helm.sh/helm/v3/@v/$HELM_VERSION.mod"
if [ ! -f "$HELM_MOD" ]; then
  ( cd "$MODULE" && GOFLAGS=-mod=mod GOTOOLCHAIN=local go mod download -json "helm.sh/helm/v3@$HELM_VERSION" >/dev/null )
fi
for m in sigs.k8s.io/yaml go.yaml.in/yaml/v2 go.yaml.in/yaml/v3; do
  want="$(awk -v m="$m" '$1 == m { print $2 }' "$HELM_MOD")"
  have="$(awk -v m="$m" '$1 == m { print $2 }' "$MODULE/go.mod")"
  if [ -z "$want" ] || [ "$want" != "$have" ]; then
    log "ERROR: $MODULE/go.mod pins $m ${have:-nowhere}, Helm $HELM_VERSION requires ${want:-nothing}" >&2
    exit 1
  fi
done

mkdir -p "$(dirname "$OUT")"
( cd "$MODULE" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS="-buildvcs=false -mod=mod" go build -trimpath -o "$OUT" . )
log "built $OUT with $(go version | awk '{print $3}'): $("$OUT" -versions | tr '\n' ' ')"
