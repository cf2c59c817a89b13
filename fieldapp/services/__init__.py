"""Use-case facades shared by the CLI and the GUI (unlock, users, backup, interviews...)."""
