#!/bin/bash
# Runs once, on the first start of an empty MariaDB volume (docker-entrypoint-initdb.d).
# Creates the second database and user that Keycloak uses. The password comes from the
# environment (KEYCLOAK_DB_PASSWORD), so this is a shell script and not a plain .sql file.
# The official image either executes this file (it is executable) or sources it; both work.
set -eu

if [ -z "${KEYCLOAK_DB_PASSWORD:-}" ]; then
    echo "01-keycloak.sh: KEYCLOAK_DB_PASSWORD is not set" >&2
    exit 1
fi

# Escape for a single-quoted SQL string literal: backslash first, then the quote.
keycloak_db_password_sql=${KEYCLOAK_DB_PASSWORD//\\/\\\\}
keycloak_db_password_sql=${keycloak_db_password_sql//\'/\'\'}

# During initialisation the server listens on its socket only; root's password is already set.
MYSQL_PWD="${MARIADB_ROOT_PASSWORD}" mariadb --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`keycloak\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${keycloak_db_password_sql}';
GRANT ALL PRIVILEGES ON \`keycloak\`.* TO 'keycloak'@'%';
FLUSH PRIVILEGES;
SQL

unset keycloak_db_password_sql
echo "01-keycloak.sh: database 'keycloak' and user 'keycloak' are ready"
