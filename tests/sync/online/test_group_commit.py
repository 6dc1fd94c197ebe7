"""Many uploads at once through the real service: uploads waiting together are committed together,
yet each batch keeps its own answer: applied once, already received, quarantined or refused."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from kopdes_desktop.province.models import ProvBatch, ProvRejection, ProvVersion
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import open_batch, seal_batch
from kopdes_desktop.sync.payload import decode, encode
from kopdes_desktop.sync.trust import device_signing_key

from .calls import other_content, sealed_batches, send, signed
from .support import add_work, batch_counts


def put(service, laptop, batch_id, body):
    path = f"/v1/batches/{batch_id}"
    return send(service.url, "PUT", path, body, signed(laptop, "PUT", path, body))


def test_uploads_at_once_each_get_their_own_answer(province, service, laptops, enrolled):
    mentors = []
    for index in range(5):
        laptop = laptops(f"mentor-{index}")
        enrolled(laptop)
        add_work(laptop, f"KDMP Serentak {index}", visits=2)
        mentors.append((laptop, sealed_batches(laptop)))
    stranger = laptops("not-enrolled")
    add_work(stranger, "KDMP Belum Terdaftar")
    [(stranger_id, stranger_data)] = sealed_batches(stranger)
    owner, [(taken_id, taken_data)] = mentors[0]
    assert put(service, owner, taken_id, taken_data).status_code == 201

    uploads = [
        (laptop, batch_id, data) for laptop, batches in mentors[1:] for batch_id, data in batches
    ] * 3  # every batch sent three times at once
    uploads += [
        (stranger, stranger_id, stranger_data),
        (owner, taken_id, other_content(province, owner, taken_data)),
    ]
    with ThreadPoolExecutor(len(uploads)) as pool:
        answers = list(pool.map(lambda u: put(service, *u), uploads))

    by_batch: dict[str, list[int]] = {}
    for (_, batch_id, _), answer in zip(uploads, answers, strict=True):
        by_batch.setdefault(batch_id, []).append(answer.status_code)
    assert by_batch.pop(stranger_id) == [202]
    assert by_batch.pop(taken_id) == [409]
    assert all(sorted(statuses) == [200, 200, 201] for statuses in by_batch.values())
    assert batch_counts(province) == {"applied": 5, "quarantined": 1, "records": 5 * 3}
    with province.session() as session:
        assert session.scalar(select(func.count()).select_from(ProvVersion)) == 5 * 3
        assert session.scalar(select(func.count()).select_from(ProvBatch)) == 6


def test_a_signed_batch_with_implausible_content_is_refused_and_reported(
    province, service, laptops, enrolled
):
    laptop = laptops("mentor")
    enrolled(laptop)
    add_work(laptop, "KDMP Kolom Asing", visits=1)
    [(_, data)] = sealed_batches(laptop)
    opened = open_batch(data, province.seal_key, province.key_id)
    records, blobs = decode(opened.payload, opened.header)
    records[0]["v"]["kolom_asing"] = "tidak dikenal"
    payload = encode(records, blobs)
    header = {
        **opened.header,
        **make_header(
            device_id=laptop.device_id,
            device_public_key=opened.header["device_public_key"],
            province_key_id=province.key_id,
            counter_from=opened.header["counter_from"],
            counter_to=opened.header["counter_to"],
            created_at=opened.header["created_at"],
            payload=payload,
            records=len(records),
            attachments=len(blobs),
            acked_counter=opened.header["acked_counter"],
        ),
    }
    forged = seal_batch(
        header, payload, device_signing_key(laptop), province.public.seal_key, province.key_id
    )

    answer = put(service, laptop, header["batch_id"], forged)

    assert answer.status_code == 422 and answer.json()["error"] == "rejected"
    assert "kolom" in answer.json()["message"]
    assert batch_counts(province) == {"records": 0}
    with province.session() as session:
        assert session.scalars(select(ProvRejection.batch_id)).all() == [header["batch_id"]]
