"""``kopdes-province record | conflicts --json | resolve --field`` over a real store."""

from __future__ import annotations

import json

from kopdes_desktop.province.cli import main as province_cli

from .support import import_all, two_laptops_editing_one_cooperative


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_an_officer_reads_a_record_and_settles_one_field(
    tmp_path, province, laptops, capsys, monkeypatch
):
    coop, _, from_a, from_b = two_laptops_editing_one_cooperative(tmp_path, province, laptops)
    a, b = laptops.opened
    import_all(province, from_a + from_b)
    monkeypatch.setenv("KOPDES_PROVINCE_DIR", str(province.root))
    capsys.readouterr()

    assert province_cli(["conflicts", "--json"]) == 0
    [conflict] = _json(capsys)
    assert conflict["field"] == "name" and conflict["base_value"] == "KDMP Sungai Kayan"
    assert sorted((v["device_id"], v["value"]) for v in conflict["versions"]) == sorted(
        [(a.device_id, "KDMP Versi A"), (b.device_id, "KDMP Versi B")]
    )

    assert province_cli(["record", coop, "--json"]) == 0
    view = _json(capsys)
    assert view["in_conflict"] is True and view["values"]["notes"] == "dari A"
    devices = {h["device_id"] for h in view["heads"]}
    assert {a.device_id, b.device_id, "province"} <= devices
    assert [c["field"] for c in view["conflicts"]] == ["name"]

    assert (
        province_cli(["resolve", str(conflict["id"]), "--field", "notes", "--keep", b.device_id])
        == 1
    )
    assert "bukan notes" in capsys.readouterr().err
    assert (
        province_cli(
            ["resolve", str(conflict["id"]), "--field", "name", "--keep", "KDMP Nama Dinas"]
        )
        == 0
    )
    capsys.readouterr()
    assert province_cli(["record", coop]) == 0
    text = capsys.readouterr().out
    assert 'name: "KDMP Nama Dinas"' in text and "[resolved]" in text
    assert province_cli(["conflicts", "--json"]) == 0
    assert _json(capsys) == []
    assert province_cli(["record", "tidak-ada"]) == 1
    assert "tidak ada" in capsys.readouterr().err
