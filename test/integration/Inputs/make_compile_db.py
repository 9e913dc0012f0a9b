"""Writes DIR/compile_commands.json with one entry per source.

Usage: make_compile_db.py DIR SOURCE... -- FLAGS...
"""
import json
import os
import sys

args = sys.argv[1:]
split = args.index("--")
directory, sources, flags = args[0], args[1:split], args[split + 1:]
entries = [{"directory": directory,
            "file": os.path.join(directory, source),
            "arguments": ["c++"] + flags + ["-c", source]} for source in sources]
with open(os.path.join(directory, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=2)
