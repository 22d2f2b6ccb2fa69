"""Schema fuzzing: schemathesis generates requests from /openapi.json and checks every answer.

Valid and invalid inputs alike must never produce a 5xx, and every response must match what
the document promises (status, content type, body schema, headers). Runs on each seeded store.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

# Per store and mode; 2 stores × 2 modes × 300 = 1,200 generated cases in a full run.
EXAMPLES = 300
MINIMUM = 250  # hypothesis stops early only if it exhausts the input space; this one is large
REJECTION_STATUSES = ["400", "404", "405", "413", "414", "422"]


def _fuzz(app: Flask, mode: GenerationMode) -> dict[str, Any]:
    # Invalid input may also be refused as too large (413 body, 414 query string).
    config = SchemathesisConfig.from_dict(
        {"checks": {"negative_data_rejection": {"expected-statuses": REJECTION_STATUSES}}}
    )
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app, config=config)
    tally: dict[str, Any] = {"cases": 0, "statuses": {}}

    @hypothesis.settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,  # the same cases on every run: a CI failure reproduces locally
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[hypothesis.Phase.generate, hypothesis.Phase.shrink],
    )
    @given(case=schema.as_strategy(generation_mode=mode))
    def check(case: schemathesis.Case) -> None:
        # Cross-field rules (`from` after `to`, page × limit past the window) are documented in
        # prose: OpenAPI 3.0 cannot state them, so a "valid" request may rightly get a 400.
        response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
        tally["cases"] += 1
        tally["statuses"][response.status_code] = tally["statuses"].get(response.status_code, 0) + 1

    check()
    return tally


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_generated_requests_get_schema_conforming_answers_and_no_server_error(
    app: Flask, mode: GenerationMode
) -> None:
    tally = _fuzz(app, mode)
    print(f"fuzz {mode}: {tally}")
    assert tally["cases"] >= MINIMUM
    assert not [s for s in tally["statuses"] if s >= 500]
