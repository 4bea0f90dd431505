#!/usr/bin/env python3
"""Every library a bundled program needs is in the bundle or named in the .deb's Depends.

    check_deb_depends.py BUNDLE_DIR DEPENDS_FILE

For each ELF file of the (extracted) bundle, reads the libraries it links
(``objdump -p``: NEEDED). A library the bundle does not carry must be named by
a line ``package: soname...`` of DEPENDS_FILE (packaging/deb/depends). Exits 1
naming each one that is not, and reports sonames named there that nothing
links (a stale line). Where ``dpkg -S`` knows the library on this machine, a
package other than the declared one is reported too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def declared_sonames(depends_file: Path) -> dict[str, str]:
    """soname -> package, from ``package: soname soname`` lines."""
    found = {}
    for line in depends_file.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            package, _, sonames = line.partition(":")
            found.update(dict.fromkeys(sonames.split(), package.strip()))
    return found


def needed(path: Path) -> list[str]:
    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")]


def main(bundle: Path, depends_file: Path) -> int:
    declared = declared_sonames(depends_file)
    carried = {path.name for path in bundle.rglob("*")}
    users: dict[str, set[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            for soname in needed(path):
                if soname not in carried:
                    users.setdefault(soname, set()).add(path.name)
    problems = [f"{soname} (needed by {', '.join(sorted(who)[:3])}) is not in the bundle nor in {depends_file.name}"
                for soname, who in sorted(users.items()) if soname not in declared]
    for soname in sorted(set(users) & set(declared)):
        owner = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True).stdout
        packages = {line.split(":", 1)[0] for line in owner.splitlines()}
        if packages and declared[soname] not in packages:
            print(f"note: {soname} is declared from {declared[soname]}, this machine has it from {', '.join(packages)}")
    stale = sorted(set(declared) - set(users))
    print(f"{len(users)} system libraries linked, from {len({declared.get(s) for s in users})} declared packages")
    if stale:
        print(f"declared but linked by nothing: {', '.join(stale)}")
    for line in problems:
        print(f"check_deb_depends: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))
