#!/usr/bin/env bash
# A local Keycloak for development, with the portal's realm and demo users, at http://127.0.0.1:8081:
#   bash docker/keycloak/start-dev.sh
# then, in another terminal:
#   KEYCLOAK_ISSUER_URI=http://127.0.0.1:8081/realms/innovationsportal \
#   KEYCLOAK_CLIENT_SECRET=innovationsportal-dev-secret ./mvnw spring-boot:run -Dspring-boot.run.profiles=keycloak
# Uses the Keycloak distribution from Maven Central that the build unpacks into target/keycloak.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
home=target/keycloak/keycloak-$version
[ -x "$home/bin/kc.sh" ] || ./mvnw -B -q dependency:unpack@unpack-keycloak
mkdir -p "$home/data/import"
cp docker/keycloak/realm-innovationsportal.json "$home/data/import/"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 2>/dev/null || true)} \
KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
exec "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8081 --http-management-port=9001 \
    --health-enabled=true --import-realm
