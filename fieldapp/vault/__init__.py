"""The encrypted vault: SQLCipher database, key slots, migrations, repositories and audit log."""
