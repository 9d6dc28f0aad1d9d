"""Validate Polyaxon deployment files exactly as `polyaxon admin deploy -f FILE` does.

`polyaxon admin deploy/upgrade -f FILE` (polyaxon 2.15.1, polyaxon/_cli/admin.py
read_deployment_config) calls `polyaxon._deploy.reader.read([FILE])`, which is
`DeploymentConfig.from_dict(ConfigSpec.read_from([FILE]))`; any exception means
"Polyaxon deployment file is not valid" and exit 1. `--check` then only runs
tool checks (kubectl, helm) that need a cluster, so this script stops after the
same read, for many files in one process.

Usage: validate_deploy.py FILE...   (or a JSON list of paths on stdin)
Prints one JSON list: [{"file", "valid", "chart", "errorType", "error", "errors": [{"loc", "msg", "type"}]}].
"""

import json
import sys
import traceback


def describe_error(exc):
    errors = []
    try:
        from pydantic import ValidationError
    except ImportError:  # pragma: no cover - pydantic is a polyaxon dependency
        ValidationError = ()
    if ValidationError and isinstance(exc, ValidationError):
        for err in exc.errors():
            errors.append(
                {
                    "loc": ".".join(str(p) for p in err.get("loc", ())),
                    "msg": err.get("msg", ""),
                    "type": err.get("type", ""),
                }
            )
    return errors


def validate(path):
    from polyaxon._deploy import reader

    try:
        config = reader.read([path])
    except Exception as exc:  # the CLI catches every exception the same way
        return {
            "file": path,
            "valid": False,
            "chart": None,
            "errorType": type(exc).__name__,
            "error": str(exc) or traceback.format_exc(limit=1),
            "errors": describe_error(exc),
        }
    chart = getattr(config, "deployment_chart", None)
    return {
        "file": path,
        "valid": True,
        "chart": getattr(chart, "value", chart),
        "errorType": None,
        "error": None,
        "errors": [],
    }


def main(argv):
    paths = argv[1:]
    if not paths:
        paths = json.load(sys.stdin)
    results = [validate(p) for p in paths]
    json.dump(results, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
