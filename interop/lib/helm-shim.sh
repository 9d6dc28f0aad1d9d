# Sourced before a generated command block (see command-runner.ts): `helm` becomes `helm template`
# on the local test chart ($INTEROP_CHART) with the pinned binary ($INTEROP_HELM); kubectl does nothing.
helm() {
  local sub="$1"; shift || true
  case "$sub" in
    repo|search|version|dependency|dep) echo "[interop] skipped: helm $sub $*" >&2; return 0 ;;
    upgrade|install|template) ;;
    *) echo "[interop] unexpected helm subcommand: $sub" >&2; return 97 ;;
  esac
  local args=() positional=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --install|--create-namespace|--atomic|--wait|--wait-for-jobs|--cleanup-on-fail|--reset-values|--reuse-values|--reset-then-reuse-values) shift ;;
      --version|--timeout) shift 2 ;;
      --version=*|--timeout=*) shift ;;
      -f|--values|--set|--set-string|--set-json|--set-file|--set-literal|-n|--namespace|--kube-context|--description|--post-renderer)
        args+=("$1" "$2"); shift 2 ;;
      -*) args+=("$1"); shift ;;
      *)
        positional=$((positional + 1))
        if [ "$positional" -eq 2 ]; then
          if [ "$1" != "polyaxon/agent" ]; then echo "[interop] unexpected chart reference: $1" >&2; return 98; fi
          args+=("$INTEROP_CHART")
        else
          args+=("$1")
        fi
        shift ;;
    esac
  done
  echo "[interop] running: helm template ${args[*]}" >&2
  "$INTEROP_HELM" template "${args[@]}"
}
kubectl() { echo "[interop] skipped: kubectl $*" >&2; return 0; }
