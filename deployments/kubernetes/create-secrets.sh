#!/usr/bin/env bash
# Creates the Secret clawmanager-secrets with fresh random values, once. There are no default secrets anywhere:
# run this (or create the Secret yourself with the same keys) before the first `kubectl apply -k`.
#
#   deployments/kubernetes/create-secrets.sh                 # bundled MariaDB/Redis/MinIO (overlays/k3s)
#   DB_PASSWORD=... REDIS_URL=rediss://:pw@redis:6380/0 \
#   S3_ACCESS_KEY=... S3_SECRET_KEY=... deployments/kubernetes/create-secrets.sh   # external services
#
# An existing Secret is never overwritten (that would lock the control plane out of its own encrypted data:
# the master key decrypts provider keys and tokens). Values are generated locally and never printed.
set -euo pipefail
NAMESPACE=${NAMESPACE:-clawmanager-system}
NAME=${NAME:-clawmanager-secrets}

rand() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-32}"; }

if kubectl -n "$NAMESPACE" get secret "$NAME" >/dev/null 2>&1; then
  echo "Secret $NAMESPACE/$NAME exists; leaving it unchanged." >&2
  exit 0
fi
kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE" >/dev/null

redis_password=${REDIS_PASSWORD:-$(rand 32)}
umask 077
env_file=$(mktemp)
trap 'rm -f "$env_file"' EXIT
cat > "$env_file" <<ENV
master-key=${MASTER_KEY:-$(head -c 32 /dev/urandom | base64)}
db-password=${DB_PASSWORD:-$(rand 32)}
db-root-password=${DB_ROOT_PASSWORD:-$(rand 32)}
redis-password=$redis_password
redis-url=${REDIS_URL:-redis://:$redis_password@redis.$NAMESPACE.svc:6379/0}
s3-access-key=${S3_ACCESS_KEY:-$(rand 20)}
s3-secret-key=${S3_SECRET_KEY:-$(rand 40)}
keystore-password=$(rand 32)
admin-password=${ADMIN_PASSWORD:-Adm-$(rand 24)}
ENV
kubectl -n "$NAMESPACE" create secret generic "$NAME" --from-env-file="$env_file" >/dev/null
echo "Secret $NAMESPACE/$NAME created. The first admin's password is in its key admin-password:"
echo "  kubectl -n $NAMESPACE get secret $NAME -o jsonpath='{.data.admin-password}' | base64 -d"
