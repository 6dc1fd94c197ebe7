"""``kopdes-province serve`` and ``kopdes-province enroll-code``: the HTTP side of the province.

``serve`` runs the service (:mod:`kopdes_desktop.province.service`) under uvicorn. A client
that opens a connection and then sends its request headers slowly, or not at all, is cut off
after ``--header-timeout`` seconds (uvicorn alone would wait for ever); a slow body is bounded
by the service itself. FastAPI and uvicorn are imported only when serving, so the other
``kopdes-province`` commands start quickly.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kopdes_desktop.cli.argparse_id import Parser, port
from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import mentor_codes
from kopdes_desktop.province.access import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_CODE_HOURS,
    DEFAULT_MAX_BODY,
    ensure_tables,
    new_enroll_code,
)
from kopdes_desktop.province.store import ProvinceStore, resolve_dir

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750
DEFAULT_HEADER_TIMEOUT = 20.0


def bounded_protocol(header_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing connections whose request does not start in time and
    answering unparseable HTTP with the service's JSON refusal rather than plain text."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class BoundedH11Protocol(H11Protocol):
        _header_timer: asyncio.TimerHandle | None = None
        _armed_cycle: Any = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # uvicorn's own signature
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
            self._armed_cycle = self.cycle
            self._header_timer = self.loop.call_later(header_timeout, self._expire)

        def send_400_response(self, msg: str) -> None:
            body = json.dumps(
                {"error": "bad_http", "message": "Permintaan HTTP tidak sah.", "message_en": msg}
            ).encode()
            headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
            for event in (
                h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                h11.Data(data=body),
                h11.EndOfMessage(),
            ):
                self.transport.write(self.conn.send(event))
            self.transport.close()

        def _expire(self) -> None:
            idle = self.cycle is self._armed_cycle and (
                self.cycle is None or self.cycle.response_complete
            )
            if idle and not self.transport.is_closing():
                self.transport.close()

    return BoundedH11Protocol


def server_config(
    app: FastAPI,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    log_level: str = "info",
    **options: Any,
) -> uvicorn.Config:
    """The uvicorn configuration the province runs with (``options``: uvicorn's, e.g. TLS)."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=bounded_protocol(header_timeout),
        timeout_keep_alive=5,
        log_level=log_level,
        lifespan="on",
        **options,
    )


POSTGRES_EXTRA = "pip install 'kopdes-desktop[postgres]'"


def check_db_url(url: str) -> None:
    """Refuse a database URL that cannot work here (malformed, another kind of database, or
    PostgreSQL without its driver installed) before anything is written."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        dialect = make_url(url).get_dialect()
        if dialect.name not in ("sqlite", "postgresql"):
            raise ValueError(dialect.name)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise KopdesError(
            "Alamat basis data tidak sah: harus sqlite:///BERKAS atau "
            "postgresql+psycopg://PENGGUNA@HOST/NAMA.",
            "The database URL is not valid: use sqlite:///FILE or postgresql+psycopg://...",
        ) from None
    try:
        dialect.import_dbapi()
    except ImportError:
        raise KopdesError(
            f"Driver basis data untuk {dialect.name} belum terpasang. Untuk PostgreSQL pasang "
            f"dulu: {POSTGRES_EXTRA}",
            f"The {dialect.name} driver is not installed. For PostgreSQL: {POSTGRES_EXTRA}",
        ) from None


def init_store(root: Path, db_url: str | None) -> ProvinceStore:
    """:meth:`ProvinceStore.init`, refusing an unusable URL first; a first init that fails
    leaves no ``config.json`` behind (a bad URL kept there would fail every later command)."""
    if db_url:
        check_db_url(db_url)
    config = root / "config.json"
    existed = config.exists()
    try:
        return ProvinceStore.init(root, db_url)
    except BaseException:
        if not existed:
            config.unlink(missing_ok=True)
        raise


def _open_for_serve(args: argparse.Namespace) -> ProvinceStore:
    root = resolve_dir(args.dir)
    if args.db_url:
        return init_store(root, args.db_url)
    return ProvinceStore.open(root)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kopdes_desktop.province.service import create_app

    store = _open_for_serve(args)
    try:
        app = create_app(
            store, max_body=args.max_body_mb * 1024 * 1024, body_timeout=args.body_timeout
        )
        tls = {
            k: v
            for k, v in (("ssl_keyfile", args.ssl_keyfile), ("ssl_certfile", args.ssl_certfile))
            if v
        }
        scheme = "https" if tls else "http"
        print(
            f"Layanan provinsi {store.name} di {scheme}://{args.host}:{args.port}/v1/ "
            f"(sidik jari {store.public.fingerprint})",
            flush=True,
        )
        config = server_config(
            app,
            args.host,
            args.port,
            header_timeout=args.header_timeout,
            log_level=args.log_level,
            forwarded_allow_ips=args.proxy_ips,
            proxy_headers=bool(args.proxy_ips),
            **tls,
        )
        try:
            uvicorn.Server(config).run()
        except KeyboardInterrupt:
            pass  # uvicorn re-raises Ctrl+C after a clean shutdown: the normal way to stop
    finally:
        store.close()
    print("Layanan dihentikan.", flush=True)
    return 0


def _enroll_code(args: argparse.Namespace) -> int:
    from kopdes_desktop.province.web import times

    if args.hours <= 0:
        raise KopdesError(
            "Masa berlaku kode harus lebih dari 0 jam.",
            "The code must be valid for more than 0 hours.",
        )
    mentor = None
    with ProvinceStore.open(resolve_dir(args.dir)) as store:
        ensure_tables(store.engine)
        if args.mentor:
            code, expires, mentor = mentor_codes.new_code(
                store, args.mentor, args.hours, actor="cli"
            )
        else:
            code, expires = new_enroll_code(store, args.hours)
    if args.json:
        print_json(
            {
                "code": code,
                "expires_at": expires.isoformat(),
                "mentor_id": args.mentor,
                "mentor": mentor,
            }
        )
        return 0
    print(
        f"Kode pendaftaran sekali pakai, berlaku sampai {times.shown(expires)}. "
        + (
            f"Berikan kepada {mentor}; laptopnya menjadi laptop pendamping ini:"
            if mentor
            else "Berikan kepada satu pendamping:"
        )
    )
    print(code)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``serve`` and ``enroll-code`` to the ``kopdes-province`` command line."""
    serve = subparsers.add_parser("serve", help="jalankan layanan sinkron HTTP")
    serve.add_argument("--dir", help="folder provinsi (bawaan: KOPDES_PROVINCE_DIR)")
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"alamat yang didengarkan (bawaan {DEFAULT_HOST}; 0.0.0.0 untuk semua)",
    )
    serve.add_argument(
        "--port", type=port, default=DEFAULT_PORT, help=f"port TCP 1-65535 (bawaan {DEFAULT_PORT})"
    )
    serve.add_argument("--db-url", help="basis data (sqlite:///... atau postgresql+psycopg://...)")
    serve.add_argument("--ssl-keyfile", type=Path, help="kunci TLS (HTTPS langsung)")
    serve.add_argument("--ssl-certfile", type=Path, help="sertifikat TLS (HTTPS langsung)")
    serve.add_argument(
        "--proxy-ips", default="", help="alamat reverse proxy tepercaya (X-Forwarded-*)"
    )
    serve.add_argument(
        "--max-body-mb",
        type=int,
        default=DEFAULT_MAX_BODY // (1024 * 1024),
        help="ukuran paket terbesar yang diterima (MB)",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=DEFAULT_BODY_TIMEOUT,
        help="detik paling lama untuk menerima satu paket",
    )
    serve.add_argument(
        "--header-timeout",
        type=float,
        default=DEFAULT_HEADER_TIMEOUT,
        help="detik paling lama menunggu kepala permintaan",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="tingkat rincian log layanan (bawaan info)",
    )
    serve.set_defaults(func=_serve)

    code = subparsers.add_parser("enroll-code", help="buat kode pendaftaran sekali pakai")
    code.add_argument("--dir", help="folder provinsi (bawaan: KOPDES_PROVINCE_DIR)")
    code.add_argument(
        "--hours", type=float, default=DEFAULT_CODE_HOURS, help="masa berlaku dalam jam (bawaan 72)"
    )
    code.add_argument(
        "--mentor",
        metavar="ID",
        help="buat kode untuk pendamping ini (id): laptop yang mendaftar dengannya "
        "menjadi laptop pendamping itu",
    )
    code.add_argument("--json", action="store_true", help="keluaran JSON")
    code.set_defaults(func=_enroll_code)


def main(argv: list[str] | None = None) -> int:
    """``python -m kopdes_desktop.province.serve_cli serve|enroll-code ...`` (the same commands
    as under ``kopdes-province``)."""
    parser = Parser(prog="kopdes-province")
    register(parser.add_subparsers(dest="command", metavar="PERINTAH", required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KopdesError as exc:
        print(f"kopdes-province: {exc.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
