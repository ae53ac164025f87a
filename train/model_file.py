"""The vitext model file (src/core/model_file.h) from Python: read, write, identity, provenance.

  magic "VITEXTMD" | u32 format version | u32 section count
  per section: u32 name length | name | u64 size | u32 crc32 | payload | pad to 8
"""
import hashlib
import json
import os
import struct
import subprocess
import sys
import zlib

MAGIC = b"VITEXTMD"
TAGGER_SECTION = "tagger-sha256"  # core/model_file.h, kTaggerSha256Section


def read_sections(data):
    """The sections of model bytes as (name, payload) pairs in file order."""
    if data[:8] != MAGIC:
        raise ValueError("not a vitext model file (bad magic)")
    _, count = struct.unpack_from("<II", data, 8)
    pos, out = 16, []
    for _ in range(count):
        (n,) = struct.unpack_from("<I", data, pos)
        name = data[pos + 4:pos + 4 + n].decode()
        size, crc = struct.unpack_from("<QI", data, pos + 4 + n)
        pos += 4 + n + 12
        payload = bytes(data[pos:pos + size])
        if zlib.crc32(payload) != crc:
            raise ValueError(f"checksum mismatch in section {name!r}")
        out.append((name, payload))
        pos += size
        pos += (8 - pos % 8) % 8
    return out


def write_sections(sections):
    """Model bytes from (name, payload) pairs, in the given order."""
    out = bytearray(MAGIC + struct.pack("<II", 1, len(sections)))
    for name, payload in sections:
        out += struct.pack("<I", len(name)) + name.encode() + struct.pack("<QI", len(payload), zlib.crc32(payload))
        out += payload
        out += b"\0" * ((8 - len(out) % 8) % 8)
    return bytes(out)


def content_sha256(sections):
    """The model's identity, as ModelReader::content_sha256: every section but the meta, in name order."""
    h = hashlib.sha256()
    for name, payload in sorted(sections):
        if name == "meta":
            continue
        h.update(struct.pack("<I", len(name)) + name.encode() + struct.pack("<Q", len(payload)))
        h.update(payload)
    return h.hexdigest()


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def source_commit():
    """The commit of the code beside this file ("-dirty" when tracked files differ). The model
    files do not count: a retraining run (train/ship_models.sh) rewrites models/ before the
    accurate parser is exported, and the code that trains it is still the commit's."""
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        sha = subprocess.run(["git", "-C", here, "rev-parse", "HEAD"], capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", here, "status", "--porcelain", "--untracked-files=no", "--",
                                ":/", ":(top,exclude)models/*.bin"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return sha + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def provenance(data_files, tagger_path=None, command=None):
    """meta.provenance as the C++ trainers write it (train/provenance.cpp)."""
    out = {"data": [{"path": p, "sha256": file_sha256(p)} for p in data_files],
           "commit": source_commit(),
           "command": command if command is not None else " ".join([os.path.basename(sys.executable)] + sys.argv)}
    if tagger_path:
        with open(tagger_path, "rb") as f:
            out["tagger_sha256"] = content_sha256(read_sections(f.read()))
    return out
