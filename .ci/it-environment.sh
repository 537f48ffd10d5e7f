#!/usr/bin/env bash
# Prepares one integration-test run: a fresh MariaDB database and user with a random password, an empty Redis
# database, and a random admin password. Writes them as Maven properties to $1 (inside target/, never committed).
set -euo pipefail
out=$1 db=$2 user=$3 redis_url=$4 server_env=$5 server_dir=${6:-}
mkdir -p "$(dirname "$out")"
rand() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }
db_password=$(rand)
admin_password="Adm-$(rand)"
sql() { if mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1; then mariadb -uroot -e "$1"; else sudo -n mariadb -e "$1"; fi; }
sql "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
     CREATE USER IF NOT EXISTS '$user'@'127.0.0.1' IDENTIFIED BY '$db_password';
     CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$db_password';
     ALTER USER '$user'@'127.0.0.1' IDENTIFIED BY '$db_password';
     ALTER USER '$user'@'localhost' IDENTIFIED BY '$db_password';
     GRANT ALL ON \`$db\`.* TO '$user'@'127.0.0.1'; GRANT ALL ON \`$db\`.* TO '$user'@'localhost'; FLUSH PRIVILEGES;"
# the Redis database of the URL's path (default 15) belongs to the tests
redis_db=${redis_url##*/}; [[ "$redis_db" =~ ^[0-9]+$ ]] || redis_db=0
redis-cli -n "$redis_db" FLUSHDB >/dev/null
# the server's data directory starts empty like its database; agent processes a failed earlier run left behind
# (they run in instance directories below it) would otherwise be adopted as this run's instances
data_dir="$(cd "$(dirname "$out")" && pwd)/it-data"
for proc in /proc/[0-9]*; do
  cwd=$(readlink "$proc/cwd" 2>/dev/null) || continue
  case "$cwd" in "$data_dir"/*) kill -9 "${proc#/proc/}" 2>/dev/null || true ;; esac
done
rm -rf "$data_dir"
# a keystore left by an earlier run was sealed with that run's password; Liberty recreates it with this run's
[ -n "$server_dir" ] && rm -f "$server_dir/resources/security/key.p12"
umask 077
cat > "$out" <<PROPS
it.db.password=$db_password
it.admin.password=$admin_password
PROPS
cat > "$server_env" <<ENV
CLAWMANAGER_DB_PASSWORD=$db_password
CLAWMANAGER_ADMIN_PASSWORD=$admin_password
CLAWMANAGER_REDIS_URL=$redis_url
# pub/sub channels ignore the database number: a prefix per run keeps parallel checkouts from hearing each other
CLAWMANAGER_REDIS_PREFIX=cm-$db:
# Liberty's default keystore (needed by its security features) is created with this password
keystore_password=$(rand)
# every test connects from 127.0.0.1: the per-address login throttle would otherwise trip across test classes
CLAWMANAGER_AUTH_THROTTLE_MAX_FAILURES_PER_IP=100000
# instances: fast agent liveness so stale/offline transitions happen within a test
CLAWMANAGER_AGENTS_HEARTBEAT_INTERVAL=PT1S
CLAWMANAGER_AGENTS_ONLINE_THRESHOLD=PT3S
CLAWMANAGER_AGENTS_STALE_THRESHOLD=PT6S
CLAWMANAGER_COMMANDS_ACK_TIMEOUT=PT5S
# gateway: capture prompt and answer text with the audit records, so the capture path is tested (off by default)
CLAWMANAGER_GATEWAY_CONTENT_CAPTURE=true
ENV
echo "integration-test environment ready: database $db, Redis db $redis_db"
