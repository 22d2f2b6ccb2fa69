# One image for the API and the loader: gunicorn serves service.app:create_app() via `quotes serve`.
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

COPY pyproject.toml README.md ./
COPY service service
COPY schemas schemas
COPY seeds seeds
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin quotes \
    && mkdir -p /data && chown quotes /data

USER quotes
ENV QUOTES_HOST=0.0.0.0 \
    QUOTES_PORT=8000 \
    QUOTES_SQLITE_PATH=/data/quotes.db
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"
CMD ["quotes", "serve"]
