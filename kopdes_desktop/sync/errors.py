"""Typed rejections of sync files: every refusal says why in one line a mentor understands."""

from __future__ import annotations

from kopdes_desktop.errors import KopdesError


class SyncRejected(KopdesError):
    """A sync file (batch, receipt, reference package, trust or device file) was refused.

    ``code`` is a stable machine-readable reason: ``not_kopdes``, ``damaged``,
    ``wrong_province``, ``bad_signature``, ``foreign_key``, ``wrong_device``, ``conflicting_id``,
    ``hostile``, ``too_large``, ``not_trusted``, ``old``, ``divergence``. Nothing was changed
    by the file.
    """

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message, message_en)
        self.code = code

    def __reduce__(self) -> tuple[type[SyncRejected], tuple[str, str, str]]:
        # Refusals travel between processes (see province.decoder) with both messages.
        return SyncRejected, (self.code, self.message, self.message_en)


def not_kopdes() -> SyncRejected:
    return SyncRejected(
        "not_kopdes",
        "Bukan berkas sinkron Kopdes.",
        "Not a Kopdes sync file.",
    )


def damaged(detail: str = "") -> SyncRejected:
    suffix = f" ({detail})" if detail else ""
    return SyncRejected(
        "damaged",
        f"Berkas rusak atau telah diubah{suffix}.",
        f"The file is damaged or has been altered{suffix}.",
    )


def hostile(detail: str) -> SyncRejected:
    return SyncRejected(
        "hostile",
        f"Isi berkas tidak wajar dan ditolak: {detail}.",
        f"The file's content is not plausible and was refused: {detail}.",
    )


def divergence(low: int, high: int) -> SyncRejected:
    return SyncRejected(
        "divergence",
        f"Nomor urut perubahan {low}-{high} sudah dipakai perangkat ini untuk perubahan lain "
        f"(biasanya sesudah memulihkan cadangan). Paket ditolak; laptop akan mengirim ulang "
        f"perubahannya dengan nomor baru.",
        f"Change numbers {low}-{high} were already used by this device for other changes "
        f"(usually after restoring a backup). Refused; the laptop will send its changes again "
        f"with new numbers.",
    )


def conflicting_id() -> SyncRejected:
    return SyncRejected(
        "conflicting_id",
        "Paket dengan id yang sama tetapi isi berbeda sudah diterima; paket ini ditolak.",
        "A batch with the same id but different content was already received; refused.",
    )


def too_large(limit: int) -> SyncRejected:
    return SyncRejected(
        "too_large",
        f"Berkas terlalu besar (lebih dari {limit // (1024 * 1024)} MB).",
        f"The file is too large (over {limit // (1024 * 1024)} MB).",
    )
