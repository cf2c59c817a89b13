"""Test data kept in the repository: vaults made by released versions (the upgrade path)."""
