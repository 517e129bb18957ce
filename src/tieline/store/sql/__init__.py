"""The SQL of the store, in SQLAlchemy Core: table definitions (schema.py), numbered
migrations (migrations.py), and the statements that read (reads.py) and write (writes.py).
Nothing outside tieline.store imports these."""
