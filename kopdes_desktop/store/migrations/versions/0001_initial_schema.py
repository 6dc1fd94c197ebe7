"""Initial schema: regions, cooperatives, people, visits, assessments, follow-ups.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 04:17:33.114055

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=80), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("owner_type", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("acked_counter", sa.BigInteger(), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_table(
        "mentor",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("kabupaten_code", sa.String(length=13), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("parent_code", sa.String(length=13), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "cooperative",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=13), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("formation_model", sa.String(length=20), nullable=False),
        sa.Column("ahu_number", sa.String(length=60), nullable=True),
        sa.Column("nik_koperasi", sa.String(length=20), nullable=True),
        sa.Column("nib", sa.String(length=13), nullable=True),
        sa.Column("npwp", sa.String(length=25), nullable=True),
        sa.Column("bank_name", sa.String(length=60), nullable=True),
        sa.Column("bank_account", sa.String(length=30), nullable=True),
        sa.Column("simkopdes_status", sa.String(length=20), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("office_lat", sa.Float(), nullable=True),
        sa.Column("office_lon", sa.Float(), nullable=True),
        sa.Column("financing_ceiling", sa.BigInteger(), nullable=False),
        sa.Column("financing_disbursed", sa.BigInteger(), nullable=False),
        sa.Column("financing_outstanding", sa.BigInteger(), nullable=False),
        sa.Column("financing_arrears", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_cooperative_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperative")),
    )
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperative_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "assignment",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_assignment_cooperative_id_cooperative"),
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentor.id"], name=op.f("fk_assignment_mentor_id_mentor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignment_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assignment_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "business_unit",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("other_name", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("monthly_turnover", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_business_unit_cooperative_id_cooperative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_unit")),
    )
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_business_unit_cooperative_id"), ["cooperative_id"], unique=False
        )

    op.create_table(
        "member_count",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_member_count_cooperative_id_cooperative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_count")),
    )
    with op.batch_alter_table("member_count", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_count_cooperative_id"), ["cooperative_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("organ", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_person_cooperative_id_cooperative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_cooperative_id"), ["cooperative_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"], ["cooperative.id"], name=op.f("fk_visit_cooperative_id_cooperative")
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentor.id"], name=op.f("fk_visit_mentor_id_mentor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_visit_date"), ["visit_date"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("instrument_id", sa.String(length=60), nullable=False),
        sa.Column("instrument_version", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("total", sa.Float(), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("finalized_at", sa.DateTime(), nullable=True),
        sa.Column("revision_of", sa.String(length=36), nullable=True),
        sa.Column("revision_no", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_assessment_cooperative_id_cooperative"),
        ),
        sa.ForeignKeyConstraint(
            ["revision_of"], ["assessment.id"], name=op.f("fk_assessment_revision_of_assessment")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_assessment_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_coop_instrument", ["cooperative_id", "instrument_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "finding",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("indicator", sa.String(length=200), nullable=True),
        sa.Column("compliance", sa.String(length=12), nullable=True),
        sa.Column("temuan", sa.Text(), nullable=False),
        sa.Column("rekomendasi", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_finding_cooperative_id_cooperative"),
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_finding_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finding_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("finding_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("closed_visit_id", sa.String(length=36), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_visit_id"], ["visit.id"], name=op.f("fk_action_item_closed_visit_id_visit")
        ),
        sa.ForeignKeyConstraint(
            ["cooperative_id"],
            ["cooperative.id"],
            name=op.f("fk_action_item_cooperative_id_cooperative"),
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["finding.id"], name=op.f("fk_action_item_finding_id_finding")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_action_item_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_finding_id"), ["finding_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_visit_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_finding_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_date"))
        batch_op.drop_index(batch_op.f("ix_action_item_cooperative_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_visit_id"))
        batch_op.drop_index(batch_op.f("ix_finding_cooperative_id"))

    op.drop_table("finding")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_visit_id"))
        batch_op.drop_index("ix_assessment_coop_instrument")

    op.drop_table("assessment")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_visit_date"))
        batch_op.drop_index(batch_op.f("ix_visit_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_visit_cooperative_id"))

    op.drop_table("visit")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_cooperative_id"))

    op.drop_table("person")
    with op.batch_alter_table("member_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_count_cooperative_id"))

    op.drop_table("member_count")
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_unit_cooperative_id"))

    op.drop_table("business_unit")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_cooperative_id"))

    op.drop_table("assignment")
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperative_region_code"))

    op.drop_table("cooperative")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_parent_code"))

    op.drop_table("region")
    op.drop_table("meta")
    op.drop_table("mentor")
    op.drop_table("device")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))

    op.drop_table("audit_log")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner_id"))

    op.drop_table("attachment")
