"""Runs a command and fails unless it exits with the given code.

Usage: expect_exit.py CODE COMMAND [ARGS...]; the command's output passes through.
"""
import subprocess
import sys

expected = int(sys.argv[1])
status = subprocess.call(sys.argv[2:])
if status != expected:
    sys.stderr.write(f"expect_exit: expected exit code {expected}, got {status}\n")
    sys.exit(1)
