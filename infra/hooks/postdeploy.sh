#!/bin/sh
# azd postdeploy hook: subscribe the PublishDraft blob trigger (Event Grid source) to BlobCreated events
# of the drafts container.
#
# Why after deploy: the webhook URL must carry the Functions host's `blobs_extension` system key, and the
# host creates that key only once an app with an Event Grid-sourced blob trigger is running. The script
# waits until the key exists (asking only whether it exists, never printing it), then deploys
# blob-created-subscription.bicep, which reads the key inside Azure Resource Manager and writes it straight
# into the subscription. Safe to rerun: the deployment updates the subscription in place.
set -eu

: "${AZURE_RESOURCE_GROUP:?run this through azd (azd up / azd deploy) so the provisioning outputs are set}"
: "${AZURE_FUNCTION_APP_NAME:?missing azd output AZURE_FUNCTION_APP_NAME}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?missing azd output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?missing azd output AZURE_STORAGE_ACCOUNT_NAME}"

command -v az >/dev/null 2>&1 || { echo "postdeploy: the Azure CLI (az) is required; see docs/deploy.md" >&2; exit 1; }

hook_dir=$(cd "$(dirname "$0")" && pwd)
attempts=${PIPELINE_KEY_WAIT_ATTEMPTS:-40}   # 40 x 15 s = 10 minutes for a cold Flex instance

key_exists() {
  az functionapp keys list \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension != null" \
    --output tsv 2>/dev/null || echo false
}

echo "postdeploy: waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME"
n=0
until [ "$(key_exists)" = "true" ]; do
  n=$((n + 1))
  if [ "$n" -ge "$attempts" ]; then
    echo "postdeploy: the blobs_extension key never appeared; is the PublishDraft blob trigger (Source = EventGrid) deployed? Rerun: azd hooks run postdeploy" >&2
    exit 1
  fi
  sleep 15
done

# Event Grid validates the webhook when the subscription is created; a cold host can miss that
# handshake, so try a few times before failing.
n=0
until az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name blob-created-subscription \
  --template-file "$hook_dir/blob-created-subscription.bicep" \
  --parameters \
    functionAppName="$AZURE_FUNCTION_APP_NAME" \
    systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
  --output none; do
  n=$((n + 1))
  if [ "$n" -ge 3 ]; then
    echo "postdeploy: could not create the BlobCreated subscription; rerun: azd hooks run postdeploy" >&2
    exit 1
  fi
  echo "postdeploy: retrying in 30 s"
  sleep 30
done

echo "postdeploy: BlobCreated events of the drafts container now reach PublishDraft"
