"""Runs a hook from .pre-commit-hooks.yaml the way pre-commit runs a
`language: system` hook with `pass_filenames: false`: entry, then args, in
the repository's top directory.

Usage: run_pre_commit_hook.py HOOKS_YAML HOOK_ID PII_TIDY REPO [ARGS...]
(pii-tidy's directory is put first on PATH; prints the hook's output, exits
with its status).
"""
import os
import shlex
import subprocess
import sys

import yaml

hooks_yaml, hook_id, pii_tidy, repo, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
with open(hooks_yaml) as f:
    hook = next(h for h in yaml.safe_load(f) if h["id"] == hook_id)
assert hook["language"] == "system" and hook["pass_filenames"] is False
env = dict(os.environ, PATH=os.path.dirname(pii_tidy) + os.pathsep + os.environ.get("PATH", ""))
sys.exit(subprocess.call(shlex.split(hook["entry"]) + args, cwd=repo, env=env))
