"""The PySide6 desktop app: thin widgets and models over the Qt-free core in ``fieldapp``.

Nothing here holds business rules: panels show what the services return and forward what the
officer does. Entry point: :func:`ui.app.run`.
"""
