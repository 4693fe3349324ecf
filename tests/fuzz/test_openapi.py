"""Schemathesis over /openapi.json: no 5xx for any request, every answer as documented."""

from __future__ import annotations

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.fuzz.conftest import SENT

# The event stream never ends by design; tests/fuzz/test_bodies.py fuzzes its query.
STREAMING = {"/api/live"}


def test_schemathesis_finds_no_server_error(server: str, examples: int, database_url: str) -> None:
    schema = schemathesis.openapi.from_dict(
        requests.get(f"{server}/openapi.json", timeout=10).json()
    )
    session = requests.Session()
    sent = 0
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        if operation.path in STREAMING:
            continue
        strategy = st.one_of(
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
            operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
        )

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case: schemathesis.Case) -> None:
            nonlocal sent
            response = case.call(base_url=server, session=session, timeout=10)
            sent += 1
            assert response.status_code < 500, case.as_curl_command()
            # Every answer, errors included, in the documented shape and media type.
            case.validate_response(
                response,
                checks=[
                    response_schema_conformance,
                    content_type_conformance,
                    status_code_conformance,
                ],
            )

        run()
    kind = "postgres" if database_url.startswith("postgresql") else "sqlite"
    SENT[f"schemathesis on {kind}"] = sent
    # Hypothesis stops early on operations with few distinct inputs; most run in full.
    assert sent >= examples * (len(operations) - len(STREAMING)) // 2
