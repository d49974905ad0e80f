#!/bin/sh
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d): the agency's owner
# role (migrations), its runtime role (the service: owns nothing, no superuser) and its schema, as
# shared/src/database-roles.ts makes them for `npm start` and the tests. AGENCY_SCHEMA, OWNER_PASSWORD and
# APP_PASSWORD come from docker-compose.yml.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v schema="$AGENCY_SCHEMA" -v owner="${AGENCY_SCHEMA}_owner" -v app="${AGENCY_SCHEMA}_app" \
  -v owner_password="$OWNER_PASSWORD" -v app_password="$APP_PASSWORD" <<'SQL'
BEGIN;
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS PASSWORD :'app_password';
CREATE SCHEMA :"schema" AUTHORIZATION :"owner";
GRANT USAGE ON SCHEMA :"schema" TO :"app";
COMMIT;
SQL
