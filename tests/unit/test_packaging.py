"""The shipped compose file, image and version pins agree with each other and with the settings."""

from __future__ import annotations

import re
from dataclasses import fields
from importlib.metadata import version
from pathlib import Path

import yaml

from service.config import PREFIX, Settings

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_elasticsearch_image_matches_the_pinned_test_node_version() -> None:
    pinned = (ROOT / "scripts" / "es-version").read_text().strip()
    image = compose()["services"]["elasticsearch"]["image"]
    assert image.endswith(":" + pinned)


def test_python_client_major_matches_the_server_major() -> None:
    pinned = (ROOT / "scripts" / "es-version").read_text().strip()
    assert version("elasticsearch").split(".")[0] == pinned.split(".")[0]


def test_every_quotes_variable_in_compose_is_a_setting() -> None:
    names = {PREFIX + f.name.upper() for f in fields(Settings)}
    for name, service in compose()["services"].items():
        for var in service.get("environment", {}):
            if var.startswith(PREFIX):
                assert var in names, f"{name}: {var} is not a setting"


def test_compose_api_and_loader_point_at_the_compose_elasticsearch_service() -> None:
    services = compose()["services"]
    for name in ("api", "loader"):
        url = services[name]["environment"]["QUOTES_ELASTICSEARCH_URL"]
        assert url.split("//")[1].split(":")[0] in services
        assert services[name]["depends_on"]["elasticsearch"]["condition"] == "service_healthy"


def test_image_runs_as_a_non_root_user_and_serves_with_gunicorn() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.M)
    assert users and users[-1] not in {"root", "0"}
    assert '"quotes", "serve"' in dockerfile


def test_readme_first_commands_are_the_ones_that_exist() -> None:
    head = (ROOT / "README.md").read_text().split("---")[0]
    assert "quotes load seeds/" in head and "quotes serve" in head
    assert "scripts/test" in head and (ROOT / "scripts" / "test").exists()
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()


def test_readme_configuration_table_lists_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    for f in fields(Settings):
        assert f"`{PREFIX}{f.name.upper()}`" in readme, f"{f.name} is missing from the README"
