#!/usr/bin/env bash
# Installs the real tools the interop suite (interop/) judges our output with:
#   - Helm, built from source through the Go module proxy (no prebuilt download), into .tools/bin/helm
#   - the Polyaxon CLI from PyPI into the virtualenv .tools/venv
# Idempotent: each tool is skipped when it is already installed at the pinned version.
# Go's module and build caches (GOMODCACHE, GOCACHE) are reused, so a rerun with warm caches takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

HELM_VERSION="${HELM_VERSION:-v3.22.0}"
POLYAXON_VERSION="${POLYAXON_VERSION:-2.15.1}"
TOOLS="$ROOT/.tools"
BIN="$TOOLS/bin"
VENV="$TOOLS/venv"
# pip freeze of a working install: pins pydantic, vents, kubernetes, ... so results do not drift.
CONSTRAINTS="$ROOT/interop/cli/constraints.txt"
mkdir -p "$BIN"

log() { echo "[install-interop-tools] $*"; }

# ---------- Helm ----------
helm_installed_version() {
  # The module version recorded in the binary by `go install ...@version`.
  [ -x "$BIN/helm" ] || return 1
  go version -m "$BIN/helm" 2>/dev/null | awk '$1 == "mod" && $2 == "helm.sh/helm/v3" { print $3 }'
}

if ! command -v go >/dev/null 2>&1; then
  log "ERROR: go is not on PATH; Helm is built from source with 'go install'" >&2
  exit 1
fi

current_helm="$(helm_installed_version || true)"
if [ "$current_helm" = "$HELM_VERSION" ]; then
  log "helm $HELM_VERSION already in $BIN/helm: skipping"
else
  log "building helm $HELM_VERSION from source with $(go version | awk '{print $3}') (GOMODCACHE=$(go env GOMODCACHE), GOCACHE=$(go env GOCACHE))"
  start=$(date +%s)
  # `go install pkg@version` builds outside any main module; -mod flags do not apply to it,
  # so GOFLAGS is reduced to what is harmless there. CGO is not needed by helm.
  GOBIN="$BIN" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 GOTOOLCHAIN=local \
    go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  log "helm built in $(( $(date +%s) - start ))s"
  installed="$(helm_installed_version || true)"
  if [ "$installed" != "$HELM_VERSION" ]; then
    log "ERROR: expected helm $HELM_VERSION in $BIN/helm, found '${installed:-nothing}'" >&2
    exit 1
  fi
fi
log "helm: $BIN/helm ($(helm_installed_version))"

# ---------- Polyaxon CLI ----------
polyaxon_installed_version() {
  [ -x "$VENV/bin/python" ] || return 1
  "$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("polyaxon"))' 2>/dev/null
}

current_px="$(polyaxon_installed_version || true)"
if [ "$current_px" = "$POLYAXON_VERSION" ]; then
  log "polyaxon $POLYAXON_VERSION already in $VENV: skipping"
else
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating virtualenv $VENV with $(python3 --version)"
    python3 -m venv "$VENV"
  fi
  log "pip install polyaxon==$POLYAXON_VERSION into $VENV (dependency versions from $CONSTRAINTS)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c "$CONSTRAINTS" "polyaxon==$POLYAXON_VERSION"
  installed="$(polyaxon_installed_version || true)"
  if [ "$installed" != "$POLYAXON_VERSION" ]; then
    log "ERROR: expected polyaxon $POLYAXON_VERSION in $VENV, found '${installed:-nothing}'" >&2
    exit 1
  fi
fi
log "polyaxon: $VENV/bin/polyaxon ($(polyaxon_installed_version))"
log "done"
