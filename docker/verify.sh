#!/bin/bash
# Static checks of docker/ that need no Docker engine (CI runs them):
#   bash docker/verify.sh
# Installs "docker compose" if it is missing (docker/install-compose.sh), then checks the realm
# JSON, the MariaDB init script and the compose file with the example environment.
set -euo pipefail
cd "$(dirname "$0")/.."

bash docker/install-compose.sh >/dev/null

python3 -m json.tool docker/keycloak/realm-innovationsportal.json >/dev/null
python3 - <<'PY'
import json
realm = json.load(open("docker/keycloak/realm-innovationsportal.json", encoding="utf-8"))
assert realm["realm"] == "innovationsportal" and realm["enabled"]
assert realm["defaultLocale"] == "da" and set(realm["supportedLocales"]) == {"da", "en"}
roles = {r["name"] for r in realm["roles"]["realm"]}
assert roles == {"CITIZEN", "EMPLOYEE", "COI_STAFF", "ADMIN"}, roles
(client,) = [c for c in realm["clients"] if c["clientId"] == "innovationsportal"]
assert client["secret"] == "innovationsportal-dev-secret" and not client["publicClient"]
assert client["standardFlowEnabled"] and not client["directAccessGrantsEnabled"]
(mapper,) = [m for m in client["protocolMappers"] if m["protocolMapper"] == "oidc-usermodel-realm-role-mapper"]
assert mapper["config"]["claim.name"] == "roles"
users = {u["username"]: u for u in realm["users"]}
for name, role in {"borger": "CITIZEN", "medarbejder": "EMPLOYEE", "coi": "COI_STAFF", "admin": "ADMIN"}.items():
    assert users[name]["realmRoles"] == [role]
    assert users[name]["credentials"][0]["value"] == name
PY

bash -n docker/mariadb/01-keycloak.sh
docker compose --env-file docker/.env.example -f docker/compose.yaml config --quiet
echo "docker/: realm JSON, init script and compose file are valid"
