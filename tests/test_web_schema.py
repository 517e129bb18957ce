"""schemathesis against /openapi.json: every operation, generated inputs, no 5xx, and every
response valid against the document (status, content type, body schema)."""
from __future__ import annotations

import pytest
import schemathesis
from schemathesis import checks
from hypothesis import HealthCheck, given, settings
from web_corpus import build

from tieline.web import create_app


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("schema") / "web.db", examples=True)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(str(db)))


# No 5xx, and every response as documented. Not `positive_data_acceptance`: a name or date the
# schema allows may still be unknown (404) or impossible (2024-02-30 is a 422 by design).
CHECKS = [checks.not_a_server_error, checks.status_code_conformance,
          checks.content_type_conformance, checks.response_schema_conformance,
          checks.response_headers_conformance]


def test_every_operation_answers_within_its_schema(api_schema):
    # one hypothesis run per operation (schemathesis' pytest plugin wants the schema at import
    # time, and building the store then would slow every collection)
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def check(case):
            case.call_and_validate(checks=CHECKS)
        check()  # raises schemathesis' report of the first failing operation


def test_the_document_lists_every_api_route(api_schema):
    paths = {op.path for op in (r.ok() for r in api_schema.get_all_operations())}
    assert {"/api/entities/{name}", "/api/relationship", "/api/facts", "/api/depends/{name}",
            "/api/whatif", "/api/digest", "/api/export", "/api/documents/{doc_id}",
            "/api/stats", "/api/graph/{name}"} <= paths
