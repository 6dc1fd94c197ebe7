"""Build the one-folder bundle from a clean clone: ``python packaging/build.py``.

Runs PyInstaller on ``packaging/kopdes.spec`` with the Python that runs this script (install
the app with its ``build`` extra first), then prints where the bundle is, its size, and the
version. ``--self-test`` runs the built GUI's self-test afterwards (offscreen on Linux);
``--installer`` also compiles the Windows installer with Inno Setup's ``ISCC``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_layout as layout  # noqa: E402

SPEC = layout.PACKAGING_DIR / "kopdes.spec"
ISS = layout.PACKAGING_DIR / "windows" / "kopdes.iss"


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder`` (links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def executable(bundle: Path, name: str) -> Path:
    """The path of one of the bundle's executables on this platform."""
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def check_translations() -> None:
    """Every Qt Linguist source must have its compiled ``.qm`` beside it."""
    folder = layout.ROOT / "resources" / "i18n"
    missing = [ts.name for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
    if missing:
        raise SystemExit(f"build: compile these translations first (pyside6-lrelease): {missing}")


def check_tools() -> None:
    """PyInstaller itself, and on Linux binutils (the spec strips the binaries)."""
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        raise SystemExit("build: PyInstaller is missing: pip install -e '.[build]'") from None
    if sys.platform.startswith("linux") and not shutil.which("strip"):
        raise SystemExit("build: 'strip' is missing: apt-get install binutils")


def make_icons() -> None:
    """Regenerate the hicolor PNGs and the Windows .ico from the app icon."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(layout.PACKAGING_DIR / "make_icons.py")], check=True, env=env
    )


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist``; returns the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("build:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=layout.ROOT)
    return dist / layout.BUNDLE_NAME


def run_self_test(bundle: Path) -> int:
    """Run ``kopdes-desktop --self-test`` from the bundle; returns its exit code."""
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [str(executable(bundle, layout.GUI_NAME)), "--self-test"], env=env, timeout=300
    )
    return result.returncode


def build_installer(bundle: Path, dist: Path) -> Path:
    """Compile ``packaging/windows/kopdes.iss`` with ISCC (Windows only)."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        raise SystemExit("build: ISCC (Inno Setup 6) not found on PATH")
    subprocess.run(
        [iscc, f"/DAppVersion={layout.version()}", f"/DBundleDir={bundle}", f"/O{dist}", str(ISS)],
        check=True,
    )
    return dist / f"kopdes-desktop-{layout.version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; print its location and size."""
    parser = argparse.ArgumentParser(description="Build the Kopdes Desktop one-folder bundle.")
    parser.add_argument("--dist", type=Path, default=layout.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=layout.ROOT / "build" / "pyinstaller")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    parser.add_argument("--installer", action="store_true", help="also build the Windows setup")
    args = parser.parse_args(argv)

    check_tools()
    check_translations()
    make_icons()
    started = time.monotonic()
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    size, files = folder_size(bundle)
    print(f"build: Kopdes Desktop {layout.version()} in {bundle}")
    took = time.monotonic() - started
    print(f"build: {size / 1e6:.1f} MB in {files} files, built in {took:.0f} s")
    if args.self_test and run_self_test(bundle) != 0:
        print("build: the bundle's self-test FAILED", file=sys.stderr)
        return 1
    if args.installer:
        print(f"build: installer {build_installer(bundle, args.dist.resolve())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
