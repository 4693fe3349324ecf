# Salon in a container: `salon serve` with its settings from SALON_* environment variables
# (SALON_DATABASE_URL, SALON_REDIS_URL, SALON_SECRET_KEY, SALON_CONFIG for a TOML file).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    SALON_WORKERS=1 SALON_DATABASE_URL=sqlite:////var/lib/salon/salon.db

RUN useradd --system --home-dir /var/lib/salon --create-home salon
WORKDIR /opt/salon
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install . && rm -rf /opt/salon/src

USER salon
VOLUME ["/var/lib/salon"]
EXPOSE 8000
# --host 0.0.0.0: inside the container; publish the port only where the proxy reaches it.
CMD ["sh", "-c", "exec salon serve --host 0.0.0.0 --port 8000 --workers \"$SALON_WORKERS\""]
