"""Write the Salon config TOML for the benchmark (run with Salon's own Python).

    python salon_config.py DIR   -> DIR/salon.toml, SQLite file DIR/salon.db

A fixed secret key and one site ``default`` with ``origins = ["local"]``. Posting limits
are raised so the seeding (1,200 posts from one address in ~30 s) is not refused, and the
moderation thresholds are set to 1.0 so every seeded comment is published (the models still
score every post, so their cost is measured, as Isso's guard is kept on). The settings are
looked up in the installed Salon so that the file matches its current schema: older trees
have ``posts_per_minute`` on the site, newer ones the limits in ``[sites.moderation]``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from salon.config import SiteSettings, load_settings

BIG = 1_000_000
SECRET = "bench-isso-fixed-secret-key-not-for-production-0123456789"  # noqa: S105 - bench only
MODERATION = {
    "ip_posts_per_minute": BIG,
    "ip_posts_per_hour": BIG,
    "author_posts_per_minute": BIG,
    "author_posts_per_hour": BIG,
    "spam_threshold": 1.0,
    "hold_threshold": 1.0,
    "abuse_threshold": 1.0,
}


def policy_fields() -> set[str]:
    try:
        from salon.moderation.policy import Policy
    except ImportError:
        return set()
    return {f.name for f in dataclasses.fields(Policy)}


def main() -> None:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    site_fields = set(SiteSettings.model_fields)
    lines = [
        f'database_url = "sqlite:///{out}/salon.db"',
        f'secret_key = "{SECRET}"',
        "",
        "[[sites]]",
        'id = "default"',
        'name = "Bench"',
        'origins = ["local"]',
    ]
    if "posts_per_minute" in site_fields:
        lines.append(f"posts_per_minute = {BIG}")
    known = policy_fields()
    moderation = {k: v for k, v in MODERATION.items() if k in known}
    if moderation and "moderation" in site_fields:
        lines += ["", "[sites.moderation]"]
        lines += [f"{k} = {json.dumps(v)}" for k, v in moderation.items()]
    path = out / "salon.toml"
    path.write_text("\n".join(lines) + "\n")
    load_settings(path)  # fail here, not in the server, if the schema moved again
    print(path)


if __name__ == "__main__":
    main()
