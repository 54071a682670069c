"""``warta serve``: the event database in the browser and over an HTTP API, offline.

:func:`warta.web.app.create_app` builds the FastAPI application; the pages are plain
HTML, CSS and JavaScript in ``static/`` (no CDN, nothing fetched at run time).
"""
