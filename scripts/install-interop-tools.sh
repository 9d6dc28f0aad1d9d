#!/usr/bin/env bash
# Installs the real tools the interop suite (interop/) judges our output with:
#   - Helm 3, built from source through the Go module proxy (no prebuilt download), into .tools/bin/helm
#   - Helm 4, built the same way, into .tools/bin/helm4 (the real-chart checks render with both)
#   - the Polyaxon CLI from PyPI into the virtualenv .tools/venv
# Idempotent: each tool is skipped when it is already installed at the pinned version.
# Go's module and build caches (GOMODCACHE, GOCACHE) are reused, so a rerun with warm caches takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

HELM_VERSION="${HELM_VERSION:-v3.22.0}"
HELM4_VERSION="${HELM4_VERSION:-v4.3.1}"
POLYAXON_VERSION="${POLYAXON_VERSION:-2.15.1}"
TOOLS="$ROOT/.tools"
BIN="$TOOLS/bin"
VENV="$TOOLS/venv"
# pip freeze of a working install: pins pydantic, vents, kubernetes, ... so results do not drift.
CONSTRAINTS="$ROOT/interop/cli/constraints.txt"
mkdir -p "$BIN"

log() { echo "[install-interop-tools] $*"; }

# ---------- Helm 3 and Helm 4 ----------
if ! command -v go >/dev/null 2>&1; then
  log "ERROR: go is not on PATH; Helm is built from source with 'go install'" >&2
  exit 1
fi

# The module version recorded in the binary by `go install ...@version`.
# $1 = binary, $2 = module path (helm.sh/helm/v3 or helm.sh/helm/v4)
helm_installed_version() {
  [ -x "$1" ] || return 1
  go version -m "$1" 2>/dev/null | awk -v m="$2" '$1 == "mod" && $2 == m { print $3 }'
}

# $1 = module path, $2 = version, $3 = target binary name in $BIN
install_helm() {
  local module="$1" version="$2" target="$BIN/$3"
  local current
  current="$(helm_installed_version "$target" "$module" || true)"
  if [ "$current" = "$version" ]; then
    log "helm $version already in $target: skipping"
  else
    log "building helm $version ($module) from source with $(go version | awk '{print $3}') (GOMODCACHE=$(go env GOMODCACHE), GOCACHE=$(go env GOCACHE))"
    local start tmp
    start=$(date +%s)
    # `go install pkg@version` builds outside any main module; -mod flags do not apply to it,
    # so GOFLAGS is reduced to what is harmless there. CGO is not needed by helm.
    # Both major versions install a binary named `helm`: build into a temp GOBIN, then move it.
    tmp="$(mktemp -d)"
    GOBIN="$tmp" GOFLAGS="-buildvcs=false" CGO_ENABLED=0 GOTOOLCHAIN=local \
      go install "$module/cmd/helm@$version"
    mv -f "$tmp/helm" "$target"
    rmdir "$tmp"
    log "helm $version built in $(( $(date +%s) - start ))s"
    local installed
    installed="$(helm_installed_version "$target" "$module" || true)"
    if [ "$installed" != "$version" ]; then
      log "ERROR: expected helm $version in $target, found '${installed:-nothing}'" >&2
      exit 1
    fi
  fi
  log "helm: $target ($(helm_installed_version "$target" "$module"))"
}

install_helm helm.sh/helm/v3 "$HELM_VERSION" helm
install_helm helm.sh/helm/v4 "$HELM4_VERSION" helm4

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

bash "$ROOT/scripts/build-yaml-reader.sh"  # Helm's values reader for interop/tests/yaml-reader
log "done"
